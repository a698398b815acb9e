package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;

/**
 * The metrics for Prometheus: the intake rate, open and overdue cases, the timers' and the outbox's lag, lookups
 * refused; for administrators' credentials only.
 */
class MetricsTest extends ApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Test
    void administratorsScrapeTheSystemsFigures() {
        double filedBefore = registry.get("xinfang.intake.filings").counter().count();
        complaints.file();
        assertThat(registry.get("xinfang.intake.filings").counter().count()).isEqualTo(filedBefore + 1);

        String scraped = prometheus()
                .auth()
                .preemptive()
                .basic(ADMIN, Api.PASSWORD)
                .get("/actuator/prometheus")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(scraped)
                .contains("xinfang_intake_filings_total")
                .contains("xinfang_cases_open{status=\"pending_triage\"}")
                .contains("xinfang_cases_overdue")
                .contains("xinfang_timers_lag_seconds")
                .contains("xinfang_timers_due")
                .contains("xinfang_outbox_lag_seconds")
                .contains("xinfang_outbox_messages{status=\"failed\"}")
                .contains("xinfang_lookups_refused_total");
        assertThat(registry.get("xinfang.cases.open")
                        .tag("status", "pending_triage")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(1);

        prometheus().get("/actuator/prometheus").then().statusCode(401);
        prometheus()
                .auth()
                .preemptive()
                .basic(CLERK, Api.PASSWORD)
                .get("/actuator/prometheus")
                .then()
                .statusCode(403);
    }

    private RequestSpecification prometheus() {
        return RestAssured.given().port(port).basePath("");
    }
}
