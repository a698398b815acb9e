package org.xinfang.petition.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.UNKNOWN_NUMBER;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notAtStage;
import static org.xinfang.petition.support.Problems.notCandidate;
import static org.xinfang.petition.support.Problems.notFound;
import static org.xinfang.petition.support.Problems.unauthenticated;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.ApiTest;

class CallbackApiTest extends ApiTest {

    private static final String CONCLUSION = "经复核，原答复事实清楚、处理适当。";

    // --- 回访 ---

    @Test
    void aBasicallySatisfiedComplainantClosesTheCase() {
        String number = complaints.awaitingCallback();

        complaints.act(CLERK, number, "callback", Map.of("result", "BASICALLY_SATISFIED", "comment", "电话回访"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("CLOSED");
        assertThat(detail.getString("closedAt")).isNotNull();
        assertThat(detail.getString("callbacks[0].result")).isEqualTo("BASICALLY_SATISFIED");
        assertThat(detail.getString("callbacks[0].calledBy")).isEqualTo(CLERK);
        assertThat(detail.getString("callbacks[0].bureau")).isEqualTo(XINGQING);
        assertThat(detail.getList("openTasks")).isEmpty();
    }

    @Test
    void aFirstUnsatisfiedCallbackReopensTheCaseAtTheSameBureau() {
        String number = complaints.reopened();

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("IN_HANDLING");
        assertThat(detail.getInt("reopenCount")).isEqualTo(1);
        assertThat(detail.getString("currentBureau.code")).isEqualTo(XINGQING);
        assertThat(detail.getList("timeline.type")).endsWith("CALLBACK_RECORDED", "REOPENED");
        assertThat(detail.getList("openTasks.stage")).containsExactly("HANDLING");
    }

    @Test
    void aSecondUnsatisfiedCallbackSendsTheCaseToAnInspector() {
        String number = complaints.underReview();

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("UNDER_REVIEW");
        assertThat(detail.getList("callbacks.result")).containsExactly("UNSATISFIED", "UNSATISFIED");
        assertThat(detail.getList("openTasks.stage")).containsExactly("INSPECTOR_REVIEW");
    }

    @Test
    void aCallbackWithoutAResultIsRefusedNamingIt() {
        String number = complaints.awaitingCallback();

        assertRefused(
                CLERK,
                number,
                "callback",
                Map.of("comment", "无人接听"),
                Stage.CALLBACK,
                invalidField("result", "constraint.NotNull"));
    }

    @Test
    void anUnknownCallbackResultIsRefusedNamingIt() {
        String number = complaints.awaitingCallback();

        assertRefused(
                CLERK,
                number,
                "callback",
                Map.of("result", "HAPPY"),
                Stage.CALLBACK,
                invalidField("result", "constraint.unreadable"));
    }

    @Test
    void callingBackBeforeTheReplyIsAConflict() {
        String number = complaints.signedFor();

        assertRefused(CLERK, number, "callback", Map.of("result", "SATISFIED"), Stage.HANDLING, notAtStage());
    }

    @Test
    void callingBackTwiceIsAConflict() {
        String number = complaints.awaitingCallback();
        complaints.act(CLERK, number, "callback", Map.of("result", "SATISFIED"));

        complaints
                .post(CLERK, number, "callback", Map.of("result", "SATISFIED"))
                .spec(notAtStage());
        assertThat(complaints.detail(number).getList("callbacks")).hasSize(1);
    }

    @Test
    void theBureauMayNotCallBack() {
        String number = complaints.awaitingCallback();

        assertRefused(
                XINGQING_HANDLER, number, "callback", Map.of("result", "SATISFIED"), Stage.CALLBACK, notCandidate());
    }

    @Test
    void callingBackWithoutCredentialsIsUnauthenticated() {
        String number = complaints.awaitingCallback();

        assertRefused(null, number, "callback", Map.of("result", "SATISFIED"), Stage.CALLBACK, unauthenticated());
    }

    @Test
    void callingBackOnAnUnknownCaseIsNotFound() {
        complaints
                .post(CLERK, UNKNOWN_NUMBER, "callback", Map.of("result", "SATISFIED"))
                .spec(notFound());
    }

    // --- 督查复核 ---

    @Test
    void theInspectorsConclusionClosesTheCaseAndIsTheComplainantsToRead() {
        String number = complaints.underReview();

        complaints.act(INSPECTOR, number, "review", Map.of("conclusion", CONCLUSION, "comment", "已调阅案卷"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("CLOSED");
        assertThat(detail.getString("timeline[-1].type")).isEqualTo("REVIEWED");
        assertThat(detail.getString("timeline[-1].publicNote")).isEqualTo(CONCLUSION);
        assertThat(detail.getString("timeline[-1].comment")).isEqualTo("已调阅案卷");
    }

    @Test
    void aReviewWithoutAConclusionIsRefusedNamingIt() {
        String number = complaints.underReview();

        assertRefused(
                INSPECTOR,
                number,
                "review",
                Map.of("comment", "已调阅案卷"),
                Stage.INSPECTOR_REVIEW,
                invalidField("conclusion", "constraint.required-for-decision"));
    }

    @Test
    void theClerkMayNotReview() {
        String number = complaints.underReview();

        assertRefused(
                CLERK, number, "review", Map.of("conclusion", CONCLUSION), Stage.INSPECTOR_REVIEW, notCandidate());
    }

    @Test
    void reviewingACaseThatIsNotUnderReviewIsAConflict() {
        String number = complaints.awaitingCallback();

        assertRefused(INSPECTOR, number, "review", Map.of("conclusion", CONCLUSION), Stage.CALLBACK, notAtStage());
    }

    @Test
    void reviewingTwiceIsAConflict() {
        String number = complaints.underReview();
        complaints.act(INSPECTOR, number, "review", Map.of("conclusion", CONCLUSION));

        complaints
                .post(INSPECTOR, number, "review", Map.of("conclusion", CONCLUSION))
                .spec(notAtStage());
        assertThat(complaints.detail(number).getList("timeline.type")).containsOnlyOnce("REVIEWED");
    }

    @Test
    void reviewingWithoutCredentialsIsUnauthenticated() {
        complaints
                .post(null, complaints.underReview(), "review", Map.of("conclusion", CONCLUSION))
                .spec(unauthenticated());
    }

    @Test
    void reviewingAnUnknownCaseIsNotFound() {
        complaints
                .post(INSPECTOR, UNKNOWN_NUMBER, "review", Map.of("conclusion", CONCLUSION))
                .spec(notFound());
    }
}
