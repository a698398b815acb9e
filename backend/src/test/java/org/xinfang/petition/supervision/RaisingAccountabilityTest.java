package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Told;

/**
 * 问责 by behaviour: an inspector raises a record for a behaviour of the catalogue against a unit of their scope and
 * its staff member, with facts and evidence; the unit is told; records are counted per unit and behaviour; the
 * chain's own records are for 拖延.
 */
class RaisingAccountabilityTest extends ApiTest {

    static final String CITY = "inspector.yinchuan";
    static final String FACTS = "答复避重就轻，未回应投诉人关于执法过程录像的诉求。";

    @Test
    void anInspectorRaisesAccountabilityForABehaviourWithEvidenceAndTheUnitIsTold() {
        String number = complaints.signedFor();

        JsonPath raised = raise(
                        CITY,
                        body(
                                number,
                                "PERFUNCTORY",
                                Map.of(
                                        "handler",
                                        "handler.xingqing",
                                        "evidence",
                                        List.of("回访录音 2026-06-01", "/workbench/cases/" + number))))
                .statusCode(201)
                .extract()
                .jsonPath();

        assertThat(raised.getString("behaviour")).isEqualTo("PERFUNCTORY");
        assertThat(raised.getString("unit.code")).isEqualTo("psb-640104");
        assertThat(raised.getString("handler")).isEqualTo("handler.xingqing");
        assertThat(raised.getList("evidence")).containsExactly("回访录音 2026-06-01", "/workbench/cases/" + number);
        assertThat(raised.getString("raisedBy")).isEqualTo(CITY);
        assertThat(raised.getList("orders")).isEmpty();
        assertThat(complaints.detail(number).getList("timeline.type")).endsWith("ACCOUNTABILITY_RECORDED");
        assertThat(Told.typesAbout(api, "leader.xingqing", number)).contains("ACCOUNTABILITY_RECORDED");
        api.as(CITY)
                .queryParam("behaviour", "PERFUNCTORY")
                .queryParam("trackingNumber", number)
                .get("/supervision/accountability")
                .then()
                .statusCode(200)
                .body("content.id", equalTo(List.of(raised.getInt("id"))));
        api.as("inspector")
                .body(Map.of("outcome", "约谈分局负责人"))
                .post("/supervision/accountability/{id}/conclusion", raised.getInt("id"))
                .then()
                .statusCode(200);
    }

    @Test
    void aRecordNeedsABehaviourFactsAUnitOfTheScopeAndAStaffMemberOfThatUnit() {
        String number = complaints.dispatched();
        raise(CITY, body(number, null, Map.of())).spec(invalidField("behaviour", "constraint.NotNull"));
        raise(CITY, Map.of("trackingNumber", number, "behaviour", "DELAY"))
                .spec(invalidField("facts", "constraint.NotBlank"));
        raise(CITY, body(number, "DELAY", Map.of("unit", "psb-640202")))
                .spec(invalidField("unit", "constraint.not-in-scope"));
        raise(CITY, body(number, "DELAY", Map.of("handler", "handler.jinfeng")))
                .spec(invalidField("handler", "constraint.not-of-the-unit"));
        raise(CITY, body(number, "NO_SUCH_BEHAVIOUR", Map.of())).statusCode(400);
        raise(CITY, body(complaints.dispatchedIn("640202"), "DELAY", Map.of())).statusCode(404);
        raise(CLERK, body(number, "DELAY", Map.of())).statusCode(403);
    }

    @Test
    void recordsAreCountedPerUnitAndBehaviour() {
        String number = complaints.dispatched();
        raise(CITY, body(number, "PASSING_THE_BUCK", Map.of())).statusCode(201);
        raise(CITY, body(number, "PASSING_THE_BUCK", Map.of())).statusCode(201);

        List<Map<String, Object>> counts = api.as(CITY)
                .queryParam("from", "2026-06-01")
                .queryParam("to", "2026-06-02")
                .get("/supervision/accountability/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.unit == 'psb-640104' && it.behaviour == 'PASSING_THE_BUCK' }");
        assertThat(counts).hasSize(1);
        assertThat(((Number) counts.get(0).get("records")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(counts.get(0).get("unitZh")).isEqualTo("银川市公安局兴庆区分局");
        api.as(CITY)
                .queryParam("from", "2026-06-02")
                .queryParam("to", "2026-06-01")
                .get("/supervision/accountability/statistics")
                .then()
                .spec(invalidField("to", "constraint.period"));
    }

    /** 泄露信访人信息: the audited full view of the identity is the evidence, and names whom and where. */
    @Test
    void aLeakFoundThroughTheAuditedFullViewIsRaisedFromItsAuditEntry() {
        String number = complaints.signedFor();
        api.as(XINGQING_HANDLER)
                .get("/complaints/{n}/complainant", number)
                .then()
                .statusCode(200);
        Integer seq = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api
                                .as(ADMIN)
                                .param("trackingNumber", number)
                                .param("action", AuditTrail.COMPLAINANT_VIEWED)
                                .get("/admin/audit")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .<Integer>getList("content.seq")
                                .stream()
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElse(null),
                        Objects::nonNull);

        JsonPath raised = raise(CITY, Map.of("auditEntry", seq, "facts", "承办人查看投诉人身份后，被投诉民警即联系投诉人。"))
                .statusCode(201)
                .extract()
                .jsonPath();

        assertThat(raised.getString("trackingNumber")).isEqualTo(number);
        assertThat(raised.getString("behaviour")).isEqualTo("LEAKING_DETAILS");
        assertThat(raised.getString("handler")).isEqualTo(XINGQING_HANDLER);
        assertThat(raised.getString("unit.code")).isEqualTo("psb-640104");
        assertThat(raised.getList("evidence", String.class).get(0))
                .startsWith("audit #" + seq + ": " + XINGQING_HANDLER + " viewed the complainant's identity");
        raise(CITY, Map.of("auditEntry", seq - 1, "facts", "误报"))
                .spec(invalidField("auditEntry", "constraint.not-an-identity-view"));
    }

    io.restassured.response.ValidatableResponse raise(String login, Map<String, Object> body) {
        return api.as(login).body(body).post("/supervision/accountability").then();
    }

    static Map<String, Object> body(String number, String behaviour, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("trackingNumber", number);
        body.put("facts", FACTS);
        if (behaviour != null) {
            body.put("behaviour", behaviour);
        }
        return body;
    }
}
