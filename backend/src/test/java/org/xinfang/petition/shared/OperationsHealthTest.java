package org.xinfang.petition.shared;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.PinnedClock;

/**
 * The health endpoint: the node's own health for the load balancer, the operators' components (timers, outbox,
 * calendar, attachment store) as warnings answered 200, their figures for administrators only.
 */
class OperationsHealthTest extends ApiTest {

    @LocalServerPort
    int port;

    @AfterEach
    void clockBack() {
        PinnedClock.pinAt(PinnedClock.BASE);
    }

    @Test
    void everyoneSeesTheComponentsAndOnlyAdministratorsTheirFigures() {
        actuator()
                .get("/actuator/health")
                .then()
                .statusCode(200)
                .body(
                        "components",
                        allOf(
                                hasKey("db"),
                                hasKey("engine"),
                                hasKey("timers"),
                                hasKey("outbox"),
                                hasKey("calendar"),
                                hasKey("attachmentStore")))
                .body("components.engine.status", is("UP"))
                .body("components.timers.details", nullValue());
        actuator()
                .get("/actuator/health/readiness")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("components", aMapWithSize(2))
                .body("components", allOf(hasKey("db"), hasKey("engine")));
        actuator()
                .get("/actuator/health/operations")
                .then()
                .statusCode(200)
                .body("components.outbox.details", nullValue());
        actuatorAs(CLERK).get("/actuator/health/operations").then().body("components.outbox.details", nullValue());
        actuatorAs(ADMIN)
                .get("/actuator/health/operations")
                .then()
                .statusCode(200)
                .body("components.outbox.details", hasKey("pending"))
                .body("components.timers.details", hasKey("lagSeconds"))
                .body("components.calendar.details.missingYears", not(hasItem(2026)))
                .body("components.attachmentStore.details.freeBytes", greaterThan(0L));
        actuator().get("/actuator/env").then().statusCode(401);
        actuatorAs(CLERK).get("/actuator/env").then().statusCode(403);
    }

    @Test
    void lateTimersAndMessagesAndAMissingCalendarYearAreWarningsAnswered200() {
        complaints.file();
        PinnedClock.pinAt("2031-03-02T09:00");

        actuatorAs(ADMIN)
                .get("/actuator/health/operations")
                .then()
                .statusCode(200)
                .body("status", is("WARNING"))
                .body("components.timers.status", is("WARNING"))
                .body("components.outbox.status", is("WARNING"))
                .body("components.calendar.status", is("WARNING"))
                .body("components.calendar.details.missingYears", hasItem(2031))
                .body("components.engine.status", equalTo("UP"));
        actuator().get("/actuator/health/readiness").then().statusCode(200).body("status", is("UP"));
    }

    private RequestSpecification actuator() {
        return RestAssured.given().port(port).basePath("");
    }

    private RequestSpecification actuatorAs(String login) {
        return actuator().auth().preemptive().basic(login, Api.PASSWORD);
    }
}
