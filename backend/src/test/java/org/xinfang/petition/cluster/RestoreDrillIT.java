package org.xinfang.petition.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

/**
 * The restore drill of docs/operations.md, on MariaDB: a node holds cases with files and an audit chain; the
 * operator's {@code ops/backup} backs it up, the database and the attachment store are destroyed, {@code
 * ops/restore} brings them back, and the node started again on them verifies the whole audit chain and serves the
 * case and its files as they were. A restore never writes over data.
 */
class RestoreDrillIT {

    private static final Path DIRECTORY = Path.of("target", "restore-drill").toAbsolutePath();
    private static final Path SCRIPTS = Path.of("..", "ops").toAbsolutePath().normalize();
    private static final byte[] LETTER = "来信原件：请核查辖区噪声扰民问题。".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SCAN = "接谈记录扫描件".getBytes(StandardCharsets.UTF_8);

    private final ClusterDatabase database =
            new ClusterDatabase(System.getenv().getOrDefault("RESTORE_DRILL_DB_NAME", "petition_restore_drill"));
    private final Cluster cluster = new Cluster(database, DIRECTORY);

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseAndStoreVerifiesAndServesTheCaseAsItWas() throws Exception {
        database.recreate();
        cluster.clear();
        Node node = cluster.node("drill", 2).start();
        String number;
        JsonPath before;
        long entries;
        try {
            number = Uploads.fileWith(
                            node.api().anonymous(), Complaints.webComplaint(), List.of(new Upload("来信.txt", LETTER)))
                    .statusCode(201)
                    .extract()
                    .path("trackingNumber");
            Complaints complaints = new Complaints(node.api());
            complaints.accept(number);
            Uploads.multipart(node.api().as(CLERK), List.of(new Upload("接谈记录.txt", SCAN)))
                    .post("/complaints/{number}/attachments", number)
                    .then()
                    .statusCode(201);
            before = complaints.detail(number);
            entries = verifiedChain(node).getLong("entriesChecked");
            assertThat(entries).isPositive();
        } finally {
            node.stop();
        }

        Path backup = DIRECTORY.resolve("backup");
        assertThat(run("backup", backup.toString())).as("ops/backup").isZero();
        database.drop();
        Cluster.delete(cluster.attachments());
        assertThat(run("restore", backup.toString())).as("ops/restore").isZero();

        node = cluster.node("drill", 2).start();
        try {
            assertThat(verifiedChain(node).getLong("entriesChecked"))
                    .as("the whole chain, restored")
                    .isGreaterThanOrEqualTo(entries);
            JsonPath after = new Complaints(node.api()).detail(number);
            assertThat(after.getString("status")).isEqualTo(before.getString("status"));
            assertThat(after.getList("timeline.type")).isEqualTo(before.getList("timeline.type"));
            List<Map<String, Object>> files = node.api()
                    .as(CLERK)
                    .get("/complaints/{number}/attachments", number)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("");
            assertThat(files).extracting(file -> file.get("name")).containsExactlyInAnyOrder("来信.txt", "接谈记录.txt");
            for (Map<String, Object> file : files) {
                byte[] content = node.api()
                        .as(CLERK)
                        .get("/complaints/{number}/attachments/{id}", number, file.get("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
                assertThat(content).isEqualTo("来信.txt".equals(file.get("name")) ? LETTER : SCAN);
            }
        } finally {
            node.stop();
        }

        assertThat(run("restore", backup.toString()))
                .as("a restore into a database that has tables is refused")
                .isNotZero();
    }

    private static JsonPath verifiedChain(Node node) {
        JsonPath result = node.api()
                .as(ADMIN)
                .post("/admin/audit/verification")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(result.getBoolean("intact"))
                .as("audit chain intact: %s", result.prettify())
                .isTrue();
        return result;
    }

    /** Runs one of the operator's scripts as the operator would, with the node's settings; its exit code. */
    private int run(String script, String argument) throws IOException, InterruptedException {
        Path log = DIRECTORY.resolve(script + ".log");
        ProcessBuilder builder = new ProcessBuilder(SCRIPTS.resolve(script).toString(), argument)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = new HashMap<>(database.scriptEnvironment());
        environment.put("PETITION_ATTACHMENTS_DIR", cluster.attachments().toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("%s finished (see %s)", script, log)
                .isTrue();
        return process.exitValue();
    }
}
