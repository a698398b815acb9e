package org.xinfang.petition.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.PetitionTest;

/**
 * The pages name their static files by content, so a browser keeps each for a year and fetches it again only when
 * it changes; fetching one opens no session and sets no cookie, so any cache may keep it.
 */
@PetitionTest
class StaticFilesTest {

    private static final Pattern LINKED_FILE = Pattern.compile("(?:src|href)=\"(/(?:css|js|webjars)/[^\"]+)\"");
    private static final Pattern CONTENT_NAMED = Pattern.compile(".*-[0-9a-f]{32}\\.(?:css|js)");

    @LocalServerPort
    int port;

    @Test
    void aPageLinksEachOfItsFilesUnderANameOfItsContent() {
        List<String> files = linkedFiles("/portal/file");

        assertThat(files).as("the portal's css and scripts").hasSizeGreaterThanOrEqualTo(3);
        assertThat(files).allMatch(file -> CONTENT_NAMED.matcher(file).matches(), "named by a content hash");
    }

    @Test
    void aFileIsKeptForAYearAndItsFetchSetsNoCookie() {
        for (String file : linkedFiles("/workbench/login")) {
            Response answer = given().port(port).get(file);

            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.header("Cache-Control")).as(file).contains("max-age=31536000");
            assertThat(answer.headers().hasHeaderWithName("Set-Cookie"))
                    .as("%s sets a cookie", file)
                    .isFalse();
            assertThat(answer.header("X-Content-Type-Options")).as(file).isEqualTo("nosniff");
        }
    }

    @Test
    void thePagesThemselvesAreNeverStored() {
        given().port(port)
                .get("/portal/file")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"));
    }

    private List<String> linkedFiles(String page) {
        String html =
                given().port(port).get(page).then().statusCode(200).extract().asString();
        Matcher links = LINKED_FILE.matcher(html);
        return links.results().map(link -> link.group(1)).toList();
    }
}
