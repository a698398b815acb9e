package org.xinfang.petition.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PetitionTest;

/** Every entry of a user's menu opens a page that user may see: the menu offers nothing that answers 403. */
@PetitionTest
class MenuLinksTest {

    private static final Pattern MENU = Pattern.compile("<nav class=\"menu\".*?</nav>", Pattern.DOTALL);
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                Logins.CLERK,
                Logins.OPERATOR,
                Logins.XINGQING_HANDLER,
                Logins.XINGQING_LEADER,
                Logins.INSPECTOR,
                Logins.ADMIN
            })
    void eachMenuEntryOpensForTheUserItIsShownTo(String login) {
        Map<String, String> session = signIn(login);

        List<String> links = menuLinks(given().port(port).cookies(session).get("/workbench"));

        assertThat(links).as("%s's menu", login).hasSizeGreaterThan(2);
        for (String link : links) {
            int status = given().port(port)
                    .cookies(session)
                    .redirects()
                    .follow(false)
                    .get(link)
                    .statusCode();
            assertThat(status).as("%s opens %s", login, link).isEqualTo(200);
        }
    }

    /** Signs in through the login form, with the CSRF token the login page put in it and in its cookie. */
    private Map<String, String> signIn(String login) {
        Response loginPage = given().port(port).get("/workbench/login");
        Matcher token = CSRF_FIELD.matcher(loginPage.asString());
        assertThat(token.find()).as("the login form's CSRF token").isTrue();
        Response signedIn = given().port(port)
                .redirects()
                .follow(false)
                .cookies(loginPage.cookies())
                .formParam("username", login)
                .formParam("password", Api.PASSWORD)
                .formParam("_csrf", token.group(1))
                .post("/workbench/login");
        assertThat(signedIn.header("Location")).as("signed in").doesNotContain("error");
        return signedIn.cookies();
    }

    private static List<String> menuLinks(Response home) {
        Matcher menu = MENU.matcher(home.then().statusCode(200).extract().asString());
        assertThat(menu.find()).as("the page has a menu").isTrue();
        return LINK.matcher(menu.group()).results().map(link -> link.group(1)).toList();
    }
}
