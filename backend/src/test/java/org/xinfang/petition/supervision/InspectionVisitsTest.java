package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Problems.invalidField;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;

/** 明查暗访、突击检查: an inspector records a visit to a unit of their scope, with its findings, and finds it again. */
class InspectionVisitsTest extends ApiTest {

    static final String CITY = "inspector.yinchuan";
    static final String FINDINGS = "暗访发现窗口工作人员未一次性告知群众所需材料。";

    @Test
    void anInspectorRecordsAVisitToAUnitOfTheScopeAndFindsItByUnitAndKind() {
        int id = record(CITY, visit(Map.of())).statusCode(201).extract().path("id");

        List<Map<String, Object>> found = api.as(CITY)
                .queryParam("unit", "psb-640104")
                .queryParam("kind", "UNDERCOVER")
                .queryParam("size", 200)
                .get("/supervision/visits")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("content.findAll { it.id == " + id + " }");
        assertThat(found).hasSize(1);
        assertThat(found.get(0))
                .containsEntry("kind", "UNDERCOVER")
                .containsEntry("visitedOn", "2026-05-28")
                .containsEntry("findings", FINDINGS)
                .containsEntry("inspector", CITY);
        assertThat(api.as("inspector.shizuishan")
                        .queryParam("size", 200)
                        .get("/supervision/visits")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .<Integer>getList("content.id"))
                .as("another city's inspectors do not see it")
                .doesNotContain(id);
    }

    @Test
    void aVisitNeedsAUnitOfTheScopeAKindADayNotToComeAndFindings() {
        record(CITY, visit(Map.of("unit", "psb-640202"))).spec(invalidField("unit", "constraint.not-in-scope"));
        record(CITY, visit(Map.of("kind", ""))).statusCode(400);
        record(CITY, visit(Map.of("visitedOn", "2026-06-02")))
                .spec(invalidField("visitedOn", "constraint.not-in-the-future"));
        record(CITY, visit(Map.of("findings", " "))).spec(invalidField("findings", "constraint.NotBlank"));
        record(CLERK, visit(Map.of())).statusCode(403);
    }

    ValidatableResponse record(String login, Map<String, Object> body) {
        return api.as(login).body(body).post("/supervision/visits").then();
    }

    static Map<String, Object> visit(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(
                Map.of("unit", "psb-640104", "kind", "UNDERCOVER", "visitedOn", "2026-05-28", "findings", FINDINGS));
        body.putAll(changes);
        return body;
    }
}
