package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.xinfang.petition.support.Problems.notFound;

import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;

/** What an attacker's input meets: inert JSON, errors that tell nothing of the inside, no Java serialization. */
class HardeningApiTest extends ApiTest {

    private static final String SCRIPT = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

    @Autowired
    ProcessEngine engine;

    @Test
    void markupInAComplaintComesBackAsInertJsonText() {
        Map<String, Object> complaint = Complaints.webComplaintWith("subject", SCRIPT);
        String number = complaints.file(complaint).getString("trackingNumber");

        api.as(Logins.CLERK)
                .get("/complaints/{n}", number)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body("subject", equalTo(SCRIPT));
    }

    @Test
    void errorsNameNeitherClassesNorStackNorSql() {
        String malformed = api.anonymous()
                .body("{\"complainant\": {\"name\": ")
                .post("/complaints")
                .then()
                .statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"))
                .extract()
                .asString();
        String injected = api.as(Logins.CLERK)
                .get("/complaints/{n}", "X' OR '1'='1")
                .then()
                .spec(notFound())
                .extract()
                .asString();
        String mistyped = api.as(Logins.CLERK)
                .queryParam("status", "'; drop table complaint; --")
                .get("/complaints")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        for (String body : new String[] {malformed, injected, mistyped}) {
            assertThat(body)
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("\tat ", "org.", "com.fasterxml")
                    .doesNotContainIgnoringCase("select ")
                    .doesNotContainIgnoringCase("trace");
        }
    }

    @Test
    void theEngineRefusesJavaSerializedVariablesAndExpressionsInQueries() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
    }
}
