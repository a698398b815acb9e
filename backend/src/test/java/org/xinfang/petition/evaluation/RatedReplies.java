package org.xinfang.petition.evaluation;

import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;

/** Replies sent to a citizen, and what the citizen does with them through the lookup, for the evaluation tests. */
public final class RatedReplies {

    /** What the confirmation gave the citizen to keep. */
    public record Filed(String number, String queryCode) {}

    private final Api api;
    private final Complaints complaints;

    public RatedReplies(Api api) {
        this.api = api;
        this.complaints = new Complaints(api);
    }

    /** A web complaint of 兴庆区 whose reply was sent: the case awaits the callback. */
    public Filed replied() {
        var json = complaints.file(Complaints.webComplaint());
        String number = complaints.dispatch(complaints.accept(json.getString("trackingNumber")));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        return new Filed(number, json.getString("queryCode"));
    }

    /** The citizen rates the reply (verdict and comment may be null, to be refused). */
    public ValidatableResponse rate(Filed filed, String verdict, String comment) {
        Map<String, Object> body =
                new HashMap<>(Map.of("trackingNumber", filed.number(), "queryCode", filed.queryCode()));
        body.put("verdict", verdict);
        body.put("comment", comment);
        return api.anonymous().body(body).post("/lookup/rating").then();
    }

    /** The citizen's view of the case. */
    public JsonPath lookup(Filed filed) {
        return api.anonymous()
                .body(Map.of("trackingNumber", filed.number(), "queryCode", filed.queryCode()))
                .post("/lookup")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
