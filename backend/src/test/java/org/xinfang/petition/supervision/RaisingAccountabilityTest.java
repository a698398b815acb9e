package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Problems.invalidField;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
