package org.xinfang.petition.consultation;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.xinfang.petition.support.Api;

/** The consultation API as askers and staff call it in these tests. */
final class ConsultationCalls {

    static final String QUESTION = "办理居住证需要准备哪些材料？";
    static final String ANSWER = "请携带身份证、居住地址证明到辖区派出所户籍窗口办理。";

    private final Api api;

    ConsultationCalls(Api api) {
        this.api = api;
    }

    /** A question that bureau-routing sends to the bureau of {@code region} (null: no region). */
    Asked ask(String region) {
        return ask("HOUSEHOLD_REGISTRATION", region, null, QUESTION);
    }

    Asked ask(String category, String region, String askerName, String question) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("region", region);
        body.put("askerName", askerName);
        body.put("question", question);
        JsonPath asked = api.anonymous()
                .body(body)
                .post("/consultations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Asked(asked.getString("trackingNumber"), asked.getString("queryCode"));
    }

    ValidatableResponse askRaw(Map<String, Object> body) {
        return api.anonymous().body(body).post("/consultations").then();
    }

    ValidatableResponse asAsker(Asked asked) {
        return asAsker(asked, "127.0.0.1");
    }

    /** From a client address of its own (X-Forwarded-For, as a proxy on loopback sends it). */
    ValidatableResponse asAsker(Asked asked, String clientAddress) {
        return api.anonymous()
                .header("X-Forwarded-For", clientAddress)
                .queryParam("queryCode", asked.queryCode())
                .get("/consultations/{n}", asked.trackingNumber())
                .then();
    }

    ValidatableResponse detail(String login, String number) {
        return api.as(login).get("/consultations/{n}", number).then();
    }

    ValidatableResponse post(String login, String number, String action, Object body) {
        return api.as(login)
                .body(body)
                .post("/consultations/{n}/" + action, number)
                .then();
    }

    ValidatableResponse answer(String login, String number, String text) {
        return post(login, number, "answer", text == null ? Map.of() : Map.of("text", text));
    }

    ValidatableResponse reroute(String login, String number, String department, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("department", department);
        body.put("reason", reason);
        return post(login, number, "reroute", body);
    }

    ValidatableResponse publication(
            String login, String number, Boolean publish, String publicQuestion, String publicAnswer) {
        Map<String, Object> body = new HashMap<>();
        body.put("publish", publish);
        body.put("publicQuestion", publicQuestion);
        body.put("publicAnswer", publicAnswer);
        return post(login, number, "publication", body);
    }

    JsonPath queue(String login) {
        return api.as(login)
                .queryParam("size", 100)
                .get("/consultations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    JsonPath publicList(int size) {
        return api.anonymous()
                .queryParam("size", size)
                .get("/public/consultations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    record Asked(String trackingNumber, String queryCode) {}
}
