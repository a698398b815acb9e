package org.xinfang.petition.review;

import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.xinfang.petition.evaluation.RatedReplies;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.screening.Complainants;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;

/**
 * Closed cases to review, each by a complainant no other test uses (a matter closed for good answers that
 * complainant's later filings of it), and the requests and opinions of a review through the API.
 */
final class ReviewCases {

    static final String SUBJECT = "民警执法态度问题";
    static final String CONTENT = "3月5日在兴庆区某派出所办理业务时民警态度恶劣，拒绝说明理由。";
    static final String PROVINCE_HANDLER = "handler.ningxia";

    private final Api api;
    private final Complaints complaints;

    ReviewCases(Api api) {
        this.api = api;
        this.complaints = new Complaints(api);
    }

    /** A web complaint of 兴庆区, replied and closed by a satisfied callback: the way to a review opens. */
    Filed closed() {
        return closed(Complainants.newIdNumber());
    }

    Filed closed(String idNumber) {
        Filed filed = replied(idNumber);
        complaints.act(CLERK, filed.number(), "callback", Map.of("result", "SATISFIED"));
        return filed;
    }

    /** The same complaint, replied: the callback is still to come. */
    Filed replied(String idNumber) {
        JsonPath json = complaints.file(Complainants.complaint(idNumber, SUBJECT, CONTENT));
        String number = complaints.dispatch(complaints.accept(json.getString("trackingNumber")));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        return new Filed(number, json.getString("queryCode"));
    }

    /** A case handled by this bureau, closed: filed in 兴庆区 and dispatched to it. */
    String closedAt(String bureau, String handler, String leader) {
        String number = complaints
                .file(Complainants.complaint(Complainants.newIdNumber(), SUBJECT, CONTENT))
                .getString("trackingNumber");
        complaints.accept(number);
        complaints.act(CLERK, number, "dispatch", Map.of("bureau", bureau));
        complaints.act(handler, number, "sign-for", Map.of());
        complaints.act(handler, number, "reply", Map.of("text", "已依法处理。"));
        complaints.act(leader, number, "reply-approval", Map.of("approved", true));
        complaints.act(CLERK, number, "callback", Map.of("result", "BASICALLY_SATISFIED"));
        return number;
    }

    /** The complainant asks for the next review through the lookup's credentials (a null reason is left out). */
    ValidatableResponse ask(Filed filed, String reason) {
        Map<String, Object> body =
                new HashMap<>(Map.of("trackingNumber", filed.number(), "queryCode", filed.queryCode()));
        body.put("reason", reason);
        return api.anonymous().body(body).post("/lookup/review").then();
    }

    /** The reviewing body's opinion (null values are sent as null, to be refused). */
    ValidatableResponse answer(String login, String number, String conclusion, String opinion) {
        Map<String, Object> body = new HashMap<>();
        body.put("conclusion", conclusion);
        body.put("opinion", opinion);
        return api.as(login)
                .body(body)
                .post("/complaints/{n}/review-opinion", number)
                .then();
    }

    JsonPath lookup(Filed filed) {
        return new RatedReplies(api).lookup(filed);
    }
}
