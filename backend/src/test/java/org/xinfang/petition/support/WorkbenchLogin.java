package org.xinfang.petition.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in to the workbench over HTTP as a browser does: the login form posted with the CSRF token its page gave. */
public final class WorkbenchLogin {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private WorkbenchLogin() {}

    /** The cookies of a new signed-in session (the session's, and any other the login answered with). */
    public static Map<String, String> signIn(int port, String login) {
        return signIn(port, login, Api.PASSWORD);
    }

    /** The same for an account with a password of its own (one a test made). */
    public static Map<String, String> signIn(int port, String login, String password) {
        Response loginPage = given().port(port).get("/workbench/login");
        Matcher token = CSRF_FIELD.matcher(loginPage.asString());
        assertThat(token.find()).as("the login form's CSRF token").isTrue();
        Response signedIn = given().port(port)
                .redirects()
                .follow(false)
                .cookies(loginPage.cookies())
                .formParam("username", login)
                .formParam("password", password)
                .formParam("_csrf", token.group(1))
                .post("/workbench/login");
        assertThat(signedIn.header("Location")).as("%s signed in", login).doesNotContain("error");
        return signedIn.cookies();
    }
}
