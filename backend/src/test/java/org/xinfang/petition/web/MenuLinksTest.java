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
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.WorkbenchLogin;

/** Every entry of a user's menu opens a page that user may see: the menu offers nothing that answers 403. */
@PetitionTest
class MenuLinksTest {

    private static final Pattern MENU = Pattern.compile("<nav class=\"menu\".*?</nav>", Pattern.DOTALL);
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
                Logins.DISCIPLINE,
                Logins.OFFICE_LEADER,
                Logins.ADMIN
            })
    void eachMenuEntryOpensForTheUserItIsShownTo(String login) {
        Map<String, String> session = WorkbenchLogin.signIn(port, login);

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

    private static List<String> menuLinks(Response home) {
        Matcher menu = MENU.matcher(home.then().statusCode(200).extract().asString());
        assertThat(menu.find()).as("the page has a menu").isTrue();
        return LINK.matcher(menu.group()).results().map(link -> link.group(1)).toList();
    }
}
