package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.OrganisationSetup;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.WebappSession;

/**
 * Five failed logins in a row lock an account for a while, for the API and the engine webapps alike, and each is
 * logged. A failed login tells nothing about the account: an unknown user, a wrong password, a locked account
 * (with the right password or a wrong one) and a disabled account get the same status and the same body, through
 * HTTP Basic, the browser's form login and the engine webapps' login.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTest extends ApiTest {

    private static final String RIGHT = "right-pass";

    @Autowired
    OrganisationSetup setup;

    @Autowired
    Organisation organisation;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    String login;

    @BeforeEach
    void aStaffMemberOfTheirOwn() {
        login = newStaffMember("lockout.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockExpires() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            api.anonymous()
                    .auth()
                    .preemptive()
                    .basic(login, "wrong")
                    .get("/work-queue")
                    .then()
                    .statusCode(401)
                    .body("code", equalTo("authentication-required"));
        }

        // Refused as a wrong password is: the answer does not tell that the account is locked.
        api.anonymous()
                .auth()
                .preemptive()
                .basic(login, RIGHT)
                .get("/work-queue")
                .then()
                .statusCode(401)
                .body("code", equalTo("authentication-required"));
        assertThat(identity.checkPassword(login, RIGHT))
                .as("the webapps refuse the locked account too")
                .isFalse();

        PinnedClock.pinAt(PinnedClock.BASE.plusSeconds(16 * 60));
        api.anonymous()
                .auth()
                .preemptive()
                .basic(login, RIGHT)
                .get("/work-queue")
                .then()
                .statusCode(200);
    }

    @Test
    void aSuccessfulLoginClearsTheFailuresBeforeIt() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            api.anonymous()
                    .auth()
                    .preemptive()
                    .basic(login, "wrong")
                    .get("/work-queue")
                    .then()
                    .statusCode(401);
        }
        api.anonymous()
                .auth()
                .preemptive()
                .basic(login, RIGHT)
                .get("/work-queue")
                .then()
                .statusCode(200);
        api.anonymous()
                .auth()
                .preemptive()
                .basic(login, "wrong")
                .get("/work-queue")
                .then()
                .statusCode(401);

        api.anonymous()
                .auth()
                .preemptive()
                .basic(login, RIGHT)
                .get("/work-queue")
                .then()
                .statusCode(200);
    }

    @Test
    void wrongPasswordsAtTheWebappLoginCountToo() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            identity.checkPassword(login, "wrong");
        }

        assertThat(basic(login, RIGHT)).isEqualTo(basic(login, "wrong")).startsWith("401");
    }

    @Test
    void eachFailureAndTheLockOutAreLoggedWithoutThePassword(CapturedOutput output) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            basic(login, "wrong-" + attempt);
        }
        basic(login, RIGHT);

        assertThat(output)
                .contains("Failed login for " + login + " (4 in a row)")
                .contains("Account " + login + " locked")
                .contains("Login refused for " + login)
                .doesNotContain("wrong-1", "wrong-5", RIGHT);
    }

    @Test
    void httpBasicAnswersTheSameWhateverFailed() {
        assertAllAlike(failures(this::basic), "authentication-required");
    }

    @Test
    void theFormLoginAnswersTheSameWhateverFailed() {
        assertAllAlike(failures(this::formLogin), "login-failed");
    }

    @Test
    void theWebappLoginAnswersTheSameWhateverFailed() {
        List<String> answers = failures((username, password) -> {
            Response answer = new WebappSession(port).logIn("tasklist", username, password);
            return answer.statusCode() + " " + answer.asString();
        });

        assertThat(answers).allMatch(answer -> answer.startsWith("401")).containsOnly(answers.get(0));
    }

    /**
     * The answers to each way of failing: an unknown user, a wrong password, a locked account with the right and
     * with a wrong password, a disabled account with the right password.
     */
    private List<String> failures(BiFunction<String, String, String> logIn) {
        String locked = newStaffMember("locked.");
        for (int attempt = 1; attempt <= 5; attempt++) {
            basic(locked, "wrong");
        }
        String disabled = newStaffMember("disabled.");
        jdbc.update("update staff_user set enabled = false where username = ?", disabled);
        return List.of(
                logIn.apply("nobody." + System.nanoTime(), RIGHT),
                logIn.apply(login, "wrong"),
                logIn.apply(locked, RIGHT),
                logIn.apply(locked, "wrong"),
                logIn.apply(disabled, RIGHT));
    }

    private static void assertAllAlike(List<String> answers, String code) {
        assertThat(answers).containsOnly(answers.get(0));
        assertThat(answers.get(0)).startsWith("401").contains("\"code\":\"" + code + "\"");
    }

    /** Status, challenge and body of a request with HTTP Basic credentials. */
    private String basic(String username, String password) {
        Response answer =
                api.anonymous().auth().preemptive().basic(username, password).get("/work-queue");
        return answer.statusCode() + " " + answer.header("WWW-Authenticate") + " " + answer.asString();
    }

    private String formLogin(String username, String password) {
        String token = api.anonymous().get("/session").getCookie("XSRF-TOKEN");
        Response answer = api.anonymous()
                .contentType(ContentType.URLENC)
                .cookie("XSRF-TOKEN", token)
                .header("X-XSRF-TOKEN", token)
                .formParam("username", username)
                .formParam("password", password)
                .post("/session");
        return answer.statusCode() + " " + answer.asString();
    }

    private String newStaffMember(String prefix) {
        String username = prefix + System.nanoTime();
        transactions.executeWithoutResult(status -> setup.addStaff(
                username,
                "锁定测试",
                passwords.encode(RIGHT),
                organisation.unit("petition-640000").orElseThrow(),
                EnumSet.of(Role.CLERK)));
        return username;
    }
}
