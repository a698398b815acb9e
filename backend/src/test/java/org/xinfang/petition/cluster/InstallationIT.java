package org.xinfang.petition.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.xinfang.petition.support.Api;

/**
 * The README's "Running on MySQL or MariaDB", followed on a fresh database with the packaged jar: a database user of
 * the application's own, the install command, and a start with the mysql and production profiles. The first
 * administrator logs in with the password the command showed, must change it first, and then administers an
 * installation with no demo account. The command refuses a second first administrator and never overwrites a key;
 * a missing key file is one clear line; and the production node does not start once accounts with the demo password
 * appear.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class InstallationIT {

    private static final Path DIRECTORY = Path.of("target", "install-it").toAbsolutePath();
    private static final Path DATA_KEYS = DIRECTORY.resolve("keys/personal-data.keys");
    private static final Path AUDIT_KEYS = DIRECTORY.resolve("keys/audit.keys");
    private static final int PORT = 18300;
    private static final String OWN_PASSWORD = "Own-choice-77";

    private final ClusterDatabase database = new ClusterDatabase("petition_install_it");
    private final Path jar = Path.of(System.getProperty("cluster.jar", "target/xinfang-backend.jar"))
            .toAbsolutePath();
    private final Map<String, String> environment = new HashMap<>();
    private String shownPassword;
    private Node node;

    @BeforeAll
    void freshMachine() throws Exception {
        database.recreate();
        Cluster.delete(DIRECTORY);
        environment.putAll(database.applicationUser("xinfang_it", "It-db-pass-5"));
        environment.putAll(Map.of(
                "SPRING_PROFILES_ACTIVE", "mysql,production",
                "PETITION_KEY_FILE", DATA_KEYS.toString(),
                "PETITION_AUDIT_KEY_FILE", AUDIT_KEYS.toString(),
                "PETITION_DATA_DIR", DIRECTORY.resolve("data").toString(),
                "PORT", Integer.toString(PORT)));
        // The message gateways as the README has them set; the test files no case, so nothing is sent to them.
        environment.putAll(Map.of(
                "SPRING_MAIL_HOST", "127.0.0.1",
                "PETITION_MESSAGING_MAIL_FROM", "信访办 <xinfang@example.gov.cn>",
                "PETITION_MESSAGING_SMS_URL", "http://127.0.0.1:9/sms"));
    }

    @AfterAll
    void stopNode() throws InterruptedException {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    @Order(1)
    void aMissingKeyFileIsOneClearLine() throws Exception {
        Map<String, String> withoutAuditKeyFile = new HashMap<>(environment);
        withoutAuditKeyFile.remove("PETITION_AUDIT_KEY_FILE");
        Run run = install(withoutAuditKeyFile, "admin");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output())
                .contains("APPLICATION FAILED TO START")
                .contains("The install command creates the audit keys in a key file, and none is named.")
                .contains("PETITION_AUDIT_KEY_FILE")
                .doesNotContain("\tat ");
    }

    @Test
    @Order(2)
    void theInstallCommandCreatesTheKeysAndTheFirstAdministrator() throws Exception {
        Run run = install(environment, "admin");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("data keys: " + DATA_KEYS, "audit key: " + AUDIT_KEYS);
        for (Path keys : List.of(DATA_KEYS, AUDIT_KEYS)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
                    .as("%s readable by its owner only", keys)
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(DATA_KEYS)).contains("data.1=", "index=");
        assertThat(Files.readString(AUDIT_KEYS)).contains("audit.1=");
        List<String> lines = run.output().lines().toList();
        int shown = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("First administrator admin of petition-640000"))
                .findFirst()
                .orElseThrow());
        shownPassword = lines.get(shown + 1).strip();
        assertThat(shownPassword).matches("[A-Za-z0-9]{16}");
        assertThat(database.strings("select username from staff_user")).containsExactly("admin");
    }

    @Test
    @Order(3)
    void aSecondRunCreatesNoSecondAdministratorAndKeepsTheKeys() throws Exception {
        byte[] dataKeys = Files.readAllBytes(DATA_KEYS);
        byte[] auditKeys = Files.readAllBytes(AUDIT_KEYS);
        Run run = install(environment, "admin2");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output())
                .contains("APPLICATION FAILED TO START")
                .contains("The first administrator is not created: An administrator (admin) exists already")
                .doesNotContain("\tat ");
        assertThat(Files.readAllBytes(DATA_KEYS)).isEqualTo(dataKeys);
        assertThat(Files.readAllBytes(AUDIT_KEYS)).isEqualTo(auditKeys);
        assertThat(database.strings("select username from staff_user")).containsExactly("admin");
    }

    @Test
    @Order(4)
    void theProductionNodeLetsTheAdministratorInAfterTheChangeAndHasNoDemoAccount() {
        node = new Node("install-it", PORT, DIRECTORY.resolve("node.log"), java(List.of()), environment).start();
        Api api = node.api();

        as(api, "admin", shownPassword).get("/admin/staff").then().spec(problem(403, "password.change-required"));
        as(api, "admin", shownPassword)
                .body(Map.of("currentPassword", shownPassword, "newPassword", OWN_PASSWORD))
                .post("/session/password")
                .then()
                .statusCode(204);
        as(api, "admin", OWN_PASSWORD)
                .get("/admin/staff")
                .then()
                .statusCode(200)
                .body("content.username", contains("admin"))
                .body("content[0].unit", equalTo("petition-640000"));
        as(api, "clerk", Api.PASSWORD).get("/work-queue").then().spec(unauthenticated());
        as(api, "admin", Api.PASSWORD).get("/work-queue").then().spec(unauthenticated());
    }

    @Test
    @Order(5)
    void theProductionNodeRefusesToStartWithAccountsOfTheDemoPassword() throws Exception {
        node.stop();
        String demoHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(Api.PASSWORD);
        long unit = database.longs("select id from org_unit").get(0);
        for (String login : List.of("clerk", "handler")) {
            database.update(
                    "insert into staff_user (username, display_name, password_hash, unit_id, enabled) "
                            + "values (?, ?, ?, ?, true)",
                    login,
                    login,
                    demoHash,
                    unit);
        }
        Run refused = run(environment, List.of());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output())
                .contains("APPLICATION FAILED TO START")
                .contains("The production profile refuses accounts with the demo password demo123: clerk, handler.")
                .contains("petition.production.allow-demo-passwords=true")
                .doesNotContain("\tat ");
    }

    private static RequestSpecification as(Api api, String username, String password) {
        return api.anonymous().auth().preemptive().basic(username, password);
    }

    private Run install(Map<String, String> env, String administrator) throws IOException, InterruptedException {
        return run(
                env,
                List.of(
                        "--petition.install.administrator=" + administrator,
                        "--petition.install.region=640000",
                        "--petition.install.region-name=宁夏回族自治区",
                        "--petition.install.region-name-en=Ningxia",
                        "--petition.install.unit-name=自治区公安厅信访办"));
    }

    /** Runs the jar to its end (a command, or a start that is refused), with its output. */
    private Run run(Map<String, String> env, List<String> arguments) throws IOException, InterruptedException {
        Files.createDirectories(DIRECTORY);
        Path output = Files.createTempFile(DIRECTORY, "run-", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(java(arguments)).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private List<String> java(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString()));
        command.addAll(arguments);
        return command;
    }

    private record Run(int exitCode, String output) {}
}
