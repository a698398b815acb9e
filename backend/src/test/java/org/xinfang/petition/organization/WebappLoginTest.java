package org.xinfang.petition.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.WebappSession;

/** Staff log into Cockpit, Tasklist and Admin with the username and password of our API. */
@PetitionTest
class WebappLoginTest {

    @LocalServerPort
    int port;

    WebappSession browser;

    @BeforeEach
    void setUp() {
        browser = new WebappSession(port);
    }

    @Test
    void theAdministratorLogsIntoCockpitAndSeesTheDeployedProcesses() {
        browser.logIn("cockpit", ADMIN, Api.PASSWORD)
                .then()
                .statusCode(200)
                .body("userId", equalTo(ADMIN))
                .body("authorizedApps", hasItems("cockpit", "tasklist", "admin"));

        browser.request().get("/api/admin/auth/user/default").then().statusCode(200);
        browser.request()
                .get("/api/engine/engine/default/process-definition")
                .then()
                .statusCode(200)
                .body("key", hasItem(ComplaintProcess.KEY));
    }

    @Test
    void aWrongPasswordIsRefused() {
        browser.logIn("cockpit", ADMIN, "wrong").then().statusCode(401);

        browser.request().get("/api/admin/auth/user/default").then().statusCode(404);
    }

    @Test
    void aHandlerLogsIntoTasklistAndIsOfferedTheSignForTasksOfTheirBureau() {
        String trackingNumber = new Complaints(new Api(port)).dispatched();

        browser.logIn("tasklist", XINGQING_HANDLER, Api.PASSWORD).then().statusCode(200);

        browser.request()
                .queryParam("candidateUser", XINGQING_HANDLER)
                .queryParam("processInstanceBusinessKey", trackingNumber)
                .get("/api/engine/engine/default/task")
                .then()
                .statusCode(200)
                .body("taskDefinitionKey", contains(ComplaintProcess.Stage.SIGN_FOR.taskKey()));
    }
}
