package org.xinfang.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.UNKNOWN_NUMBER;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.JINFENG_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notAtStage;
import static org.xinfang.petition.support.Problems.notCandidate;
import static org.xinfang.petition.support.Problems.notFound;
import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;

class HandlingApiTest extends ApiTest {

    // --- 签收 ---

    @Test
    void theBureauSignsForADispatchedCaseAndItsHandlingClockStarts() {
        String number = complaints.dispatched();

        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of("comment", "已安排专人办理"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("IN_HANDLING");
        assertThat(detail.getString("dueAt")).isNotNull();
        assertThat(detail.getString("timeline[-1].type")).isEqualTo("SIGNED_FOR");
        assertThat(detail.getString("timeline[-1].actor")).isEqualTo(XINGQING_HANDLER);
        assertThat(detail.getString("timeline[-1].actorUnit")).isEqualTo(XINGQING);
        assertThat(detail.getList("openTasks.stage")).containsExactly("HANDLING");
    }

    @Test
    void signingForNeedsNoBody() {
        String number = complaints.dispatched();

        api.as(XINGQING_HANDLER)
                .post("/complaints/{number}/sign-for", number)
                .then()
                .statusCode(204);
    }

    @Test
    void aCaseStillAtTriageIsUnknownToTheBureau() {
        String number = complaints.file();

        assertRefused(XINGQING_HANDLER, number, "sign-for", Map.of(), Stage.TRIAGE, notFound());
    }

    @Test
    void signingForTwiceIsAConflict() {
        String number = complaints.signedFor();

        complaints.post(XINGQING_HANDLER, number, "sign-for", Map.of()).spec(notAtStage());
        assertThat(complaints.detail(number).getList("timeline.type")).containsOnlyOnce("SIGNED_FOR");
    }

    @Test
    void anotherBureausHandlerMayNotSignFor() {
        String number = complaints.dispatched();

        // a case outside the bureau's scope answers like an unknown one
        assertRefused(JINFENG_HANDLER, number, "sign-for", Map.of(), Stage.SIGN_FOR, notFound());
    }

    @Test
    void theClerkMayNotSignFor() {
        String number = complaints.dispatched();

        assertRefused(CLERK, number, "sign-for", Map.of(), Stage.SIGN_FOR, notCandidate());
    }

    @Test
    void signingForWithoutCredentialsIsUnauthenticated() {
        String number = complaints.dispatched();

        assertRefused(null, number, "sign-for", Map.of(), Stage.SIGN_FOR, unauthenticated());
    }

    @Test
    void signingForAnUnknownCaseIsNotFound() {
        complaints.post(XINGQING_HANDLER, UNKNOWN_NUMBER, "sign-for", Map.of()).spec(notFound());
    }

    // --- 退回 ---

    @Test
    void aMisroutedCaseGoesBackToTriageWithTheReasons() {
        String number = complaints.dispatched();

        complaints.act(XINGQING_HANDLER, number, "return", Map.of("reason", "事发地属金凤区", "comment", "请改派"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_TRIAGE");
        assertThat(detail.getString("currentBureau")).isNull();
        assertThat(detail.getString("timeline[-1].type")).isEqualTo("RETURNED");
        assertThat(detail.getString("timeline[-1].comment")).isEqualTo("事发地属金凤区; 请改派");
    }

    @Test
    void aReturnWithTheLongestReasonAndCommentIsRecordedWhole() {
        String number = complaints.dispatched();
        String reason = "由".repeat(2000);
        String comment = "注".repeat(2000);

        complaints.act(XINGQING_HANDLER, number, "return", Map.of("reason", reason, "comment", comment));

        assertThat(complaints.detail(number).getString("timeline[-1].comment")).contains(reason, comment);
    }

    @Test
    void aReturnWithoutAReasonIsRefusedNamingIt() {
        String number = complaints.dispatched();

        assertRefused(
                XINGQING_HANDLER,
                number,
                "return",
                Map.of("comment", "请改派"),
                Stage.SIGN_FOR,
                invalidField("reason", "constraint.required-for-decision"));
    }

    @Test
    void aCaseDesignatedAfterThreeDispatchesCannotBeReturned() {
        String number = complaints.dispatched();
        for (int returns = 0; returns < 3; returns++) {
            complaints.act(XINGQING_HANDLER, number, "return", Map.of("reason", "不属于本单位管辖"));
            complaints.dispatch(complaints.accept(number));
        }
        assertThat(complaints.detail(number).getBoolean("designated")).isTrue();

        assertRefused(
                XINGQING_HANDLER,
                number,
                "return",
                Map.of("reason", "仍不属于本单位管辖"),
                Stage.SIGN_FOR,
                problem(409, "case.designated-no-return"));
    }

    @Test
    void aReturnedCaseIsNoLongerTheBureaus() {
        String number = complaints.dispatched();
        complaints.act(XINGQING_HANDLER, number, "return", Map.of("reason", "不属于本单位管辖"));

        assertRefused(XINGQING_HANDLER, number, "return", Map.of("reason", "不属于本单位管辖"), Stage.TRIAGE, notFound());
    }

    @Test
    void anotherBureausLeaderMayNotReturnTheCase() {
        String number = complaints.dispatched();

        assertRefused(JINFENG_LEADER, number, "return", Map.of("reason", "不属于本单位管辖"), Stage.SIGN_FOR, notFound());
    }

    @Test
    void returningWithoutCredentialsIsUnauthenticated() {
        String number = complaints.dispatched();

        assertRefused(null, number, "return", Map.of("reason", "不属于本单位管辖"), Stage.SIGN_FOR, unauthenticated());
    }

    @Test
    void returningAnUnknownCaseIsNotFound() {
        complaints
                .post(XINGQING_HANDLER, UNKNOWN_NUMBER, "return", Map.of("reason", "不属于本单位管辖"))
                .spec(notFound());
    }

    // --- 答复 ---

    @Test
    void theHandlersReplyGoesToTheLeaderForApproval() {
        String number = complaints.signedFor();

        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_APPROVAL");
        assertThat(detail.getString("replies[0].status")).isEqualTo("PENDING_APPROVAL");
        assertThat(detail.getString("replies[0].draftedBy")).isEqualTo(XINGQING_HANDLER);
        assertThat(detail.getString("replies[0].bureau")).isEqualTo(XINGQING);
    }

    @Test
    void aReplyWithoutTextIsRefusedNamingIt() {
        String number = complaints.signedFor();

        assertRefused(
                XINGQING_HANDLER,
                number,
                "reply",
                Map.of(),
                Stage.HANDLING,
                invalidField("text", "constraint.required-for-decision"));
    }

    @Test
    void anOverlongReplyIsRefusedNamingIt() {
        String number = complaints.signedFor();

        assertRefused(
                XINGQING_HANDLER,
                number,
                "reply",
                Map.of("text", "答".repeat(8001)),
                Stage.HANDLING,
                invalidField("text", "constraint.Size"));
    }

    @Test
    void replyingBeforeSigningForIsAConflict() {
        String number = complaints.dispatched();

        assertRefused(
                XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT), Stage.SIGN_FOR, notAtStage());
    }

    @Test
    void anotherBureausLeaderMayNotReply() {
        String number = complaints.signedFor();

        assertRefused(
                JINFENG_LEADER, number, "reply", Map.of("text", Complaints.REPLY_TEXT), Stage.HANDLING, notFound());
    }

    @Test
    void replyingTwiceIsAConflict() {
        String number = complaints.replyAwaitingApproval();

        assertRefused(
                XINGQING_HANDLER,
                number,
                "reply",
                Map.of("text", Complaints.REPLY_TEXT),
                Stage.REPLY_APPROVAL,
                notAtStage());
        assertThat(complaints.detail(number).getList("replies")).hasSize(1);
    }

    @Test
    void replyingWithoutCredentialsIsUnauthenticated() {
        String number = complaints.signedFor();

        assertRefused(null, number, "reply", Map.of("text", Complaints.REPLY_TEXT), Stage.HANDLING, unauthenticated());
    }

    @Test
    void replyingToAnUnknownCaseIsNotFound() {
        complaints
                .post(XINGQING_HANDLER, UNKNOWN_NUMBER, "reply", Map.of("text", Complaints.REPLY_TEXT))
                .spec(notFound());
    }

    // --- 审核答复 ---

    @Test
    void anApprovedReplyIsSentAndTheCaseWaitsForTheCallback() {
        String number = complaints.replyAwaitingApproval();

        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true, "comment", "同意"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_CALLBACK");
        assertThat(detail.getString("replies[0].status")).isEqualTo("SENT");
        assertThat(detail.getString("replies[0].reviewedBy")).isEqualTo(XINGQING_LEADER);
        assertThat(detail.getString("replies[0].sentAt")).isNotNull();
        assertThat(detail.getList("timeline.type")).endsWith("REPLY_APPROVED", "REPLIED");
    }

    @Test
    void aRejectedReplyGoesBackToTheHandlerWithTheLeadersComment() {
        String number = complaints.replyAwaitingApproval();

        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", false, "comment", "事实不清"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("IN_HANDLING");
        assertThat(detail.getString("replies[0].status")).isEqualTo("REJECTED");
        assertThat(detail.getString("replies[0].reviewComment")).isEqualTo("事实不清");
        assertThat(detail.getList("openTasks.stage")).containsExactly("HANDLING");
    }

    @Test
    void rejectingAReplyWithoutACommentIsRefusedNamingIt() {
        String number = complaints.replyAwaitingApproval();

        assertRefused(
                XINGQING_LEADER,
                number,
                "reply-approval",
                Map.of("approved", false),
                Stage.REPLY_APPROVAL,
                invalidField("comment", "constraint.required-for-decision"));
    }

    @Test
    void anApprovalWithoutAVerdictIsRefusedNamingIt() {
        String number = complaints.replyAwaitingApproval();

        assertRefused(
                XINGQING_LEADER,
                number,
                "reply-approval",
                Map.of("comment", "同意"),
                Stage.REPLY_APPROVAL,
                invalidField("approved", "constraint.NotNull"));
    }

    @Test
    void anUnreadableVerdictIsRefusedNamingIt() {
        String number = complaints.replyAwaitingApproval();

        assertRefused(
                XINGQING_LEADER,
                number,
                "reply-approval",
                Map.of("approved", "perhaps"),
                Stage.REPLY_APPROVAL,
                invalidField("approved", "constraint.unreadable"));
    }

    @Test
    void theHandlerMayNotApproveTheirOwnReply() {
        String number = complaints.replyAwaitingApproval();

        assertRefused(
                XINGQING_HANDLER,
                number,
                "reply-approval",
                Map.of("approved", true),
                Stage.REPLY_APPROVAL,
                notCandidate());
    }

    @Test
    void approvingAReplyTwiceIsAConflict() {
        String number = complaints.awaitingCallback();

        complaints
                .post(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true))
                .spec(notAtStage());
        assertThat(complaints.detail(number).getList("timeline.type")).containsOnlyOnce("REPLY_APPROVED");
    }

    @Test
    void approvalWithoutCredentialsIsUnauthenticated() {
        String number = complaints.replyAwaitingApproval();

        assertRefused(
                null, number, "reply-approval", Map.of("approved", true), Stage.REPLY_APPROVAL, unauthenticated());
    }

    @Test
    void approvingOnAnUnknownCaseIsNotFound() {
        complaints
                .post(XINGQING_LEADER, UNKNOWN_NUMBER, "reply-approval", Map.of("approved", true))
                .spec(notFound());
    }
}
