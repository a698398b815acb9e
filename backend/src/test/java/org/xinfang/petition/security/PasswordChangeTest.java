package org.xinfang.petition.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.PETITION_OFFICE;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.WebappSession;
import org.xinfang.petition.support.WorkbenchLogin;

/**
 * A password someone else set (here an administrator's reset; the installer's first administrator alike) is changed
 * by its owner before anything else, at every door: our API and /engine-rest answer 403
 * {@code password.change-required}, the pages lead to the page that changes it, the engine webapps refuse the login.
 * Once changed, on the API or on the page, every door opens.
 */
class PasswordChangeTest extends ApiTest {

    private static final String SET_BY_ADMIN = "Set-by-admin-1";
    private static final String OWN = "Own-choice-2";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Test
    void everyDoorWaitsForTheChangeMadeOnTheApi() {
        String admin = administratorWithResetPassword();

        basic(admin, SET_BY_ADMIN).get("/work-queue").then().spec(problem(403, "password.change-required"));
        basic(admin, SET_BY_ADMIN).get("/admin/staff").then().spec(problem(403, "password.change-required"));
        basic(admin, SET_BY_ADMIN)
                .body(Map.of())
                .post("/session/tokens")
                .then()
                .spec(problem(403, "password.change-required"));
        basic(admin, SET_BY_ADMIN).get("/session").then().statusCode(200).body("passwordChangeRequired", equalTo(true));
        engineRest(admin, SET_BY_ADMIN).get("/engine").then().spec(problem(403, "password.change-required"));
        assertThat(new WebappSession(port)
                        .logIn("tasklist", admin, SET_BY_ADMIN)
                        .statusCode())
                .as("the Tasklist login before the change")
                .isEqualTo(401);
        assertThat(identityService.createUserQuery().userId(admin).count())
                .as("the engine's directory, which ends an open webapp session when the webapps re-read the user")
                .isZero();

        changeOnApi(admin, "not-the-password", OWN)
                .then()
                .spec(invalidField("currentPassword", "organization.password-wrong"));
        changeOnApi(admin, SET_BY_ADMIN, SET_BY_ADMIN)
                .then()
                .spec(invalidField("newPassword", "organization.password-unchanged"));
        changeOnApi(admin, SET_BY_ADMIN, "short")
                .then()
                .spec(invalidField("newPassword", "organization.password-too-short"));
        changeOnApi(admin, SET_BY_ADMIN, OWN).then().statusCode(204);

        basic(admin, SET_BY_ADMIN).get("/work-queue").then().spec(unauthenticated());
        basic(admin, OWN).get("/work-queue").then().statusCode(200);
        basic(admin, OWN).get("/session").then().statusCode(200).body("passwordChangeRequired", equalTo(false));
        engineRest(admin, OWN).get("/engine").then().statusCode(200);
        assertThat(new WebappSession(port).logIn("tasklist", admin, OWN).statusCode())
                .as("the Tasklist login after the change")
                .isEqualTo(200);
        assertThat(identityService.createUserQuery().userId(admin).count()).isOne();
    }

    @Test
    void anOpenWebappSessionEndsAtItsNextRequestOnceAnAdministratorResetsThePassword() {
        String admin = administratorWithResetPassword();
        changeOnApi(admin, SET_BY_ADMIN, OWN).then().statusCode(204);
        WebappSession tasklist = new WebappSession(port);
        tasklist.logIn("tasklist", admin, OWN).then().statusCode(200);
        tasklist.engine().get("/task/count").then().statusCode(200);

        api.as(ADMIN)
                .body(Map.of("password", SET_BY_ADMIN))
                .put("/admin/staff/{u}/password", admin)
                .then()
                .statusCode(204);

        tasklist.engine().get("/task/count").then().statusCode(401);
        tasklist.request().get("/api/admin/auth/user/default").then().statusCode(404);
    }

    @Test
    void thePagesLeadToTheChangeAndTheSessionGoesOnAfterIt() {
        String admin = administratorWithResetPassword();
        Map<String, String> session = WorkbenchLogin.signIn(port, admin, SET_BY_ADMIN);

        for (String page : List.of("/workbench", "/workbench/admin/staff", "/workbench/cases")) {
            Response refused = page(session).get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(302);
            assertThat(refused.header("Location")).as(page).endsWith("/workbench/password");
        }
        Response form = page(session).get("/workbench/password");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.asString()).contains("您的密码由他人设置，请先修改密码再继续。");

        Response refused = changeOnPage(session, form, SET_BY_ADMIN, admin + "-pass");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.asString()).contains("新密码不得包含用户名");

        Response changed = changeOnPage(session, page(session).get("/workbench/password"), SET_BY_ADMIN, OWN);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.header("Location")).endsWith("/workbench");
        assertThat(page(session).get("/workbench/admin/staff").statusCode())
                .as("the same session, after the change")
                .isEqualTo(200);
        basic(admin, OWN).get("/work-queue").then().statusCode(200);
    }

    /** A new administrator (the engine's REST API is theirs) whose password an administrator then reset. */
    private String administratorWithResetPassword() {
        String username = "t.pw." + UUID.randomUUID().toString().substring(0, 8);
        api.as(ADMIN)
                .body(Map.of(
                        "username",
                        username,
                        "displayName",
                        "密码测试 " + username,
                        "unit",
                        PETITION_OFFICE,
                        "roles",
                        List.of("ADMIN"),
                        "password",
                        "Initial-pass-0"))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        basic(username, "Initial-pass-0").get("/work-queue").then().statusCode(200);
        api.as(ADMIN)
                .body(Map.of("password", SET_BY_ADMIN))
                .put("/admin/staff/{u}/password", username)
                .then()
                .statusCode(204);
        return username;
    }

    private RequestSpecification basic(String username, String password) {
        return api.anonymous().auth().preemptive().basic(username, password);
    }

    private RequestSpecification engineRest(String username, String password) {
        return api.engineRest().auth().preemptive().basic(username, password);
    }

    /** Signed in with the password set by the administrator, the body says which is current and which is new. */
    private Response changeOnApi(String username, String current, String next) {
        return basic(username, SET_BY_ADMIN)
                .body(Map.of("currentPassword", current, "newPassword", next))
                .post("/session/password");
    }

    private RequestSpecification page(Map<String, String> session) {
        return given().port(port).redirects().follow(false).cookies(session);
    }

    private Response changeOnPage(Map<String, String> session, Response form, String current, String next) {
        Matcher token = CSRF_FIELD.matcher(form.asString());
        assertThat(token.find()).as("the form's CSRF token").isTrue();
        // The form's page sets the CSRF cookie anew: it replaces the one the session's cookies hold.
        Map<String, String> cookies = new HashMap<>(session);
        cookies.putAll(form.cookies());
        return page(cookies)
                .formParam("currentPassword", current)
                .formParam("newPassword", next)
                .formParam("_csrf", token.group(1))
                .post("/workbench/password");
    }
}
