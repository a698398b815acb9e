package org.xinfang.petition.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.xinfang.petition.support.Logins.CLERK;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;

/**
 * Browsers log in with a form and keep a session, and every state-changing request of a session needs the CSRF
 * token; API clients with HTTP Basic need none, but a browser's remembered Basic login cannot be used cross-site.
 */
class BrowserSessionTest extends ApiTest {

    @LocalServerPort
    int port;

    @Test
    void aBrowserSessionActsOnlyWithTheCsrfTokenOfItsCookie() {
        Response anonymous = api.anonymous().get("/session");
        anonymous.then().statusCode(401);
        String token = anonymous.getCookie("XSRF-TOKEN");
        org.assertj.core.api.Assertions.assertThat(token).isNotBlank();

        api.anonymous()
                .contentType(ContentType.URLENC)
                .formParam("username", CLERK)
                .formParam("password", Api.PASSWORD)
                .post("/session")
                .then()
                .statusCode(403);
        Response login = api.anonymous()
                .contentType(ContentType.URLENC)
                .cookie("XSRF-TOKEN", token)
                .header("X-XSRF-TOKEN", token)
                .formParam("username", CLERK)
                .formParam("password", Api.PASSWORD)
                .post("/session");
        login.then().statusCode(204);
        String session = login.getCookie("JSESSIONID");

        api.anonymous()
                .cookie("JSESSIONID", session)
                .get("/session")
                .then()
                .statusCode(200)
                .body("username", equalTo(CLERK))
                .body("unit", equalTo("petition-640000"));
        String number = complaints.file();
        api.anonymous()
                .cookie("JSESSIONID", session)
                .body(Map.of("decision", "ACCEPT"))
                .post("/complaints/{n}/triage", number)
                .then()
                .statusCode(403);
        api.anonymous()
                .cookie("JSESSIONID", session)
                .cookie("XSRF-TOKEN", token)
                .header("X-XSRF-TOKEN", token)
                .body(Map.of("decision", "ACCEPT"))
                .post("/complaints/{n}/triage", number)
                .then()
                .statusCode(204);
    }

    @Test
    void aWrongFormLoginIsAProblemNotABasicChallenge() {
        String token = api.anonymous().get("/session").getCookie("XSRF-TOKEN");
        api.anonymous()
                .contentType(ContentType.URLENC)
                .cookie("XSRF-TOKEN", token)
                .header("X-XSRF-TOKEN", token)
                .formParam("username", "nobody")
                .formParam("password", "x")
                .post("/session")
                .then()
                .statusCode(401)
                .body("code", equalTo("login-failed"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void rememberedBasicCredentialsCannotActForAnotherSite() {
        String number = complaints.file();

        api.as(CLERK)
                .header("Sec-Fetch-Site", "cross-site")
                .body(Map.of("decision", "ACCEPT"))
                .post("/complaints/{n}/triage", number)
                .then()
                .statusCode(403)
                .body("code", equalTo("cross-site-refused"));
        api.as(CLERK)
                .header("Sec-Fetch-Site", "cross-site")
                .get("/complaints/{n}", number)
                .then()
                .statusCode(200);
        api.as(CLERK)
                .header("Sec-Fetch-Site", "same-origin")
                .body(Map.of("decision", "ACCEPT"))
                .post("/complaints/{n}/triage", number)
                .then()
                .statusCode(204);
    }

    @Test
    void rememberedBasicCredentialsCannotActForAnotherSiteInABrowserWithoutFetchMetadata() {
        String number = complaints.file();
        String own = "http://localhost:" + port;

        for (String foreign : new String[] {
            "https://evil.example",
            "null",
            "http://localhost:1",
            "https://localhost:" + port,
            "http://localhost." + port,
            "not a url"
        }) {
            api.as(CLERK)
                    .header("Origin", foreign)
                    .body(Map.of("decision", "ACCEPT"))
                    .post("/complaints/{n}/triage", number)
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("cross-site-refused"));
        }
        api.as(CLERK)
                .header("Referer", "https://evil.example/page.html")
                .body(Map.of("decision", "ACCEPT"))
                .post("/complaints/{n}/triage", number)
                .then()
                .statusCode(403)
                .body("code", equalTo("cross-site-refused"));
        api.as(CLERK)
                .header("Origin", "https://evil.example")
                .get("/complaints/{n}", number)
                .then()
                .statusCode(200);

        api.as(CLERK)
                .header("Origin", own)
                .header("Referer", "https://evil.example/")
                .body(Map.of("decision", "ACCEPT"))
                .post("/complaints/{n}/triage", number)
                .then()
                .statusCode(204);
    }

    @Test
    void basicCredentialsActFromThisSitesOwnPagesAndFromClientsThatAreNoBrowsers() {
        api.as(CLERK)
                .header("Referer", "http://localhost:" + port + "/app/cases.html")
                .body(Map.of("decision", "ACCEPT"))
                .post("/complaints/{n}/triage", complaints.file())
                .then()
                .statusCode(204);
        api.as(CLERK)
                .body(Map.of("decision", "ACCEPT"))
                .post("/complaints/{n}/triage", complaints.file())
                .then()
                .statusCode(204);
    }

    @Test
    void apiResponsesCarryTheSecurityHeadersAndHstsBehindTls() {
        api.anonymous()
                .get("/reference/regions")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
        api.anonymous()
                .header("X-Forwarded-Proto", "https")
                .get("/reference/regions")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", notNullValue());
    }

    @Test
    void anOversizedRequestIsRefusedBeforeItIsRead() {
        String huge = "x".repeat(1_100_000);
        api.anonymous()
                .body(Map.of("subject", huge))
                .post("/complaints")
                .then()
                .statusCode(413)
                .body("code", equalTo("request-too-large"));
    }
}
