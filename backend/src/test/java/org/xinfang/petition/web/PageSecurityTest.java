package org.xinfang.petition.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.PetitionTest;

@PetitionTest
class PageSecurityTest {

    @LocalServerPort
    int port;

    @Test
    void aLoginWithoutTheFormsCsrfTokenIsRefused() {
        given().port(port)
                .redirects()
                .follow(false)
                .formParam("username", "clerk")
                .formParam("password", "demo123")
                .post("/workbench/login")
                .then()
                .statusCode(403);
    }

    @Test
    void pagesRunNoInlineScriptAndLoadNothingFromElsewhere() {
        given().port(port)
                .get("/workbench/login")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", "SAMEORIGIN");
    }

    @Test
    void theWorkbenchNeedsASignIn() {
        given().port(port)
                .redirects()
                .follow(false)
                .get("/workbench")
                .then()
                .statusCode(302)
                .header("Location", containsString("/workbench/login"));
    }
}
