package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.OFFICE_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * Files complaints and walks them through the process with the REST API, as the demo logins. Unless a region is
 * given, every case it makes is in region 640104, so bureau-routing proposes 兴庆区分局 (handler.xingqing,
 * leader.xingqing).
 */
public final class Complaints {

    /** A well-formed tracking number that no case has. */
    public static final String UNKNOWN_NUMBER = "XF20000101-640104-AAAAAA";

    public static final String REPLY_TEXT = "经调查核实，已对相关民警进行批评教育。";

    private final Api api;
    private final SetupRequests setup;

    public Complaints(Api api) {
        this.api = api;
        this.setup = new SetupRequests(api.port());
    }

    public static Map<String, Object> webComplaint() {
        Map<String, Object> complainant = new HashMap<>(Map.of(
                "name", "张伟", "idNumber", "11010519491231002X", "phone", "13812345678", "address", "宁夏银川市兴庆区解放街1号"));
        return new HashMap<>(Map.of(
                "complainant", complainant,
                "category", "POLICE_CONDUCT",
                "region", XINGQING_REGION,
                "subject", "民警执法态度问题",
                "content", "3月5日在兴庆区某派出所办理业务时民警态度恶劣。"));
    }

    /**
     * The web complaint with one field changed; {@code path} is dotted ({@code complainant.name}) and a null value
     * leaves the field out.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> webComplaintWith(String path, Object value) {
        Map<String, Object> complaint = webComplaint();
        Map<String, Object> parent = complaint;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (Map<String, Object>) parent.get(parts[i]);
        }
        if (value == null) {
            parent.remove(parts[parts.length - 1]);
        } else {
            parent.put(parts[parts.length - 1], value);
        }
        return complaint;
    }

    /** A valid web complaint whose complainant gave an e-mail address and asks to be told by {@code notifyBy}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> webComplaintWithEmail(String email, String notifyBy) {
        Map<String, Object> complaint = webComplaintWith("notifyBy", notifyBy);
        ((Map<String, Object>) complaint.get("complainant")).put("email", email);
        return complaint;
    }

    /** Files a web complaint as a citizen; returns the response body (trackingNumber, queryCode). */
    public JsonPath file(Map<String, Object> complaint) {
        JsonPath filed = JsonPath.from(setup.post(null, "/complaints", complaint, 201));
        assertThat(filed.getString("trackingNumber")).as("the tracking number").isNotNull();
        return filed;
    }

    public String file() {
        return file(webComplaint()).getString("trackingNumber");
    }

    /** Files a web complaint about a matter in the given region; bureau-routing proposes that region's bureau. */
    public String fileIn(String region) {
        return file(webComplaintWith("region", region)).getString("trackingNumber");
    }

    public String accepted() {
        return accept(file());
    }

    public String accept(String number) {
        act(CLERK, number, "triage", Map.of("decision", "ACCEPT"));
        return number;
    }

    public String dispatched() {
        return dispatch(accepted());
    }

    /** Dispatches an accepted case to the bureau bureau-routing proposed. */
    public String dispatch(String number) {
        act(CLERK, number, "dispatch", Map.of());
        return number;
    }

    /** A case of the given region, dispatched to the bureau proposed for it. */
    public String dispatchedIn(String region) {
        return dispatch(accept(fileIn(region)));
    }

    public String signedFor() {
        String number = dispatched();
        act(XINGQING_HANDLER, number, "sign-for", Map.of());
        return number;
    }

    public String replyAwaitingApproval() {
        return draftReply(signedFor());
    }

    public String awaitingCallback() {
        return approveReply(replyAwaitingApproval());
    }

    /** Unsatisfied at the first callback: the case is reopened and goes back to handling by the same bureau. */
    public String reopened() {
        String number = awaitingCallback();
        act(CLERK, number, "callback", Map.of("result", "UNSATISFIED", "comment", "群众认为答复未解决问题"));
        return number;
    }

    /** Unsatisfied at the second callback too: the case waits for an inspector's review. */
    public String underReview() {
        String number = approveReply(draftReply(reopened()));
        act(CLERK, number, "callback", Map.of("result", "UNSATISFIED"));
        return number;
    }

    private String draftReply(String number) {
        act(XINGQING_HANDLER, number, "reply", Map.of("text", REPLY_TEXT));
        return number;
    }

    private String approveReply(String number) {
        act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        return number;
    }

    /** 否定报备: the office's leader approves the refusal a clerk proposed (not accepting, merging). */
    public void approveRefusal(String number) {
        act(OFFICE_LEADER, number, "refusal-approval", Map.of("approved", true));
    }

    /** Posts an action on a case and expects 204. */
    public void act(String login, String number, String action, Map<String, ?> body) {
        setup.post(login, "/complaints/" + SetupRequests.segment(number) + "/" + action, body, 204);
    }

    /** Posts an action on a case as the given login, or anonymously when it is null; for checking the answer. */
    public ValidatableResponse post(String login, String number, String action, Object body) {
        var request = login == null ? api.anonymous() : api.as(login);
        return request.body(body).post("/complaints/{number}/" + action, number).then();
    }

    public JsonPath detail(String number) {
        return api.as(CLERK)
                .get("/complaints/{number}", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The complainant's full identity, as the petition office's clerk asks for it (an audited view). */
    public JsonPath complainant(String number) {
        return api.as(CLERK)
                .get("/complaints/{number}/complainant", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
