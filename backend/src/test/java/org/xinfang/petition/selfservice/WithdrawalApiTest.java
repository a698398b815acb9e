package org.xinfang.petition.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.process.ComplaintProcess.End;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.ProcessRoutes;

/**
 * 撤回: the complainant withdraws an open complaint at any stage; the case ends as WITHDRAWN with its tasks,
 * timers and running limits gone. A case that is no longer open cannot be withdrawn.
 */
class WithdrawalApiTest extends ApiTest {

    private static final String REASON = "问题已与派出所协商解决";

    @Autowired
    ProcessRoutes routes;

    @Autowired
    ManagementService management;

    @Test
    void aComplaintAwaitingTriageIsWithdrawnAndTheComplainantSeesWhy() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");

        withdraw(number, filed.getString("queryCode"), REASON).statusCode(204);

        assertWithdrawn(number);
        routes.of(number).isEndedAt(End.WITHDRAWN).hasNotPassed(End.NOT_ACCEPTED, End.CLOSED);
        var view = api.anonymous()
                .body(Map.of("trackingNumber", number, "queryCode", filed.getString("queryCode")))
                .post("/lookup")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(view.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(view.getString("closedAt")).isNotNull();
        assertThat(view.getString("events.find { it.type == 'WITHDRAWN' }.note"))
                .contains(REASON);
    }

    @Test
    void aCaseAwaitingSignForIsWithdrawnAndItsSignForLimitEnds() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = complaints.dispatch(complaints.accept(filed.getString("trackingNumber")));
        assertThat(detail(number).getString("deadlines.find { it.stage == 'SIGN_FOR' }.status"))
                .isEqualTo("RUNNING");

        withdraw(number, filed.getString("queryCode"), null).statusCode(204);

        var detail = assertWithdrawn(number);
        assertThat(detail.getString("deadlines.find { it.stage == 'SIGN_FOR' }.stage"))
                .isEqualTo("SIGN_FOR");
        assertThat(detail.getString("deadlines.find { it.stage == 'SIGN_FOR' }.status"))
                .isEqualTo("ENDED");
        assertThat(detail.getString("timeline.find { it.type == 'WITHDRAWN' }.publicNote"))
                .contains("撤回");
    }

    @Test
    void aCaseInHandlingIsWithdrawnAndItsRunningHandlingLimitEnds() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = signedFor(filed);
        assertThat(detail(number).getString("deadlines.find { it.stage == 'HANDLING' }.status"))
                .isEqualTo("RUNNING");

        withdraw(number, filed.getString("queryCode"), REASON).statusCode(204);

        var detail = assertWithdrawn(number);
        assertThat(detail.getString("deadlines.find { it.stage == 'HANDLING' }.stage"))
                .isEqualTo("HANDLING");
        assertThat(detail.getString("deadlines.find { it.stage == 'HANDLING' }.status"))
                .isEqualTo("ENDED");
        assertThat(detail.getString("deadlines.find { it.stage == 'HANDLING' }.endedAt"))
                .isNotNull();
    }

    @Test
    void aCaseWhoseClockIsStoppedForMaterialIsWithdrawn() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = signedFor(filed);
        api.as(XINGQING_HANDLER)
                .body(Map.of("what", "请提供现场照片"))
                .post("/complaints/{number}/material-requests", number)
                .then()
                .statusCode(204);
        assertThat(detail(number).getString("deadlines.find { it.stage == 'HANDLING' }.status"))
                .isEqualTo("PAUSED");

        withdraw(number, filed.getString("queryCode"), REASON).statusCode(204);

        assertThat(assertWithdrawn(number).getString("deadlines.find { it.stage == 'HANDLING' }.status"))
                .isEqualTo("ENDED");
    }

    @Test
    void aCaseWithAReplyAwaitingApprovalIsWithdrawn() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = signedFor(filed);
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));

        withdraw(number, filed.getString("queryCode"), null).statusCode(204);

        assertWithdrawn(number);
    }

    @Test
    void aClosedCaseCannotBeWithdrawn() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = signedFor(filed);
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        complaints.act(CLERK, number, "callback", Map.of("result", "SATISFIED"));

        assertCannotBeWithdrawn(number, filed.getString("queryCode"), "CLOSED");
    }

    @Test
    void aCaseNotAcceptedCannotBeWithdrawn() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", "属于法院管辖事项"));
        complaints.approveRefusal(number);

        assertCannotBeWithdrawn(number, filed.getString("queryCode"), "NOT_ACCEPTED");
    }

    @Test
    void aCaseMergedAsARepeatCannotBeWithdrawn() {
        String original = complaints.file();
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        complaints.act(CLERK, number, "triage", Map.of("decision", "MERGE", "originalTrackingNumber", original));
        complaints.approveRefusal(number);

        assertCannotBeWithdrawn(number, filed.getString("queryCode"), "MERGED");
    }

    @Test
    void aWrongQueryCodeWithdrawsNothing() {
        String number = complaints.file();

        withdraw(number, "WRONGCOD", REASON).spec(problem(404, "lookup.not-found"));

        assertThat(detail(number).getString("status")).isEqualTo("PENDING_TRIAGE");
        assertThat(openTask(number, Stage.TRIAGE)).isNotNull();
    }

    @Test
    void anOverlongReasonIsRefusedNamingIt() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");

        withdraw(number, filed.getString("queryCode"), "理".repeat(2001))
                .spec(invalidField("reason", "constraint.Size"));

        assertThat(detail(number).getString("status")).isEqualTo("PENDING_TRIAGE");
    }

    private String signedFor(JsonPath filed) {
        String number = complaints.dispatch(complaints.accept(filed.getString("trackingNumber")));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        return number;
    }

    /** The case is WITHDRAWN and closed: no open task, no timer, no due date, and the withdrawal on its timeline. */
    private JsonPath assertWithdrawn(String number) {
        JsonPath detail = detail(number);
        assertThat(detail.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(detail.getString("closedAt")).isNotNull();
        assertThat(detail.getString("dueAt")).isNull();
        assertThat(detail.getList("openTasks")).isEmpty();
        assertThat(detail.getList("timeline.type")).last().isEqualTo("WITHDRAWN");
        String instance = routes.of(number).isEndedAt(End.WITHDRAWN).processInstanceId();
        assertThat(management.createJobQuery().processInstanceId(instance).count())
                .as("timers left")
                .isZero();
        return detail;
    }

    private void assertCannotBeWithdrawn(String number, String queryCode, String status) {
        int events = detail(number).getList("timeline").size();

        withdraw(number, queryCode, REASON).spec(problem(409, "withdrawal.case-not-open"));

        JsonPath detail = detail(number);
        assertThat(detail.getString("status")).isEqualTo(status);
        assertThat(detail.getList("timeline")).hasSize(events);
    }

    private JsonPath detail(String number) {
        return complaints.detail(number);
    }

    private ValidatableResponse withdraw(String number, String queryCode, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("trackingNumber", number, "queryCode", queryCode));
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.anonymous().body(body).post("/lookup/withdrawal").then();
    }
}
