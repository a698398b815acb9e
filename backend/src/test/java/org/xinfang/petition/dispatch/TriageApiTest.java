package org.xinfang.petition.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.UNKNOWN_NUMBER;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notAtStage;
import static org.xinfang.petition.support.Problems.notCandidate;
import static org.xinfang.petition.support.Problems.notFound;
import static org.xinfang.petition.support.Problems.unauthenticated;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.ApiTest;

class TriageApiTest extends ApiTest {

    // --- 受理研判 ---

    @Test
    void acceptingACaseSendsItToDispatchWithTheBureauRoutingProposes() {
        String number = complaints.file();

        complaints.act(CLERK, number, "triage", Map.of("decision", "ACCEPT", "comment", "属实，予以受理"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_DISPATCH");
        assertThat(detail.getString("proposedBureau")).isEqualTo(XINGQING);
        assertThat(detail.getString("timeline[-1].type")).isEqualTo("ACCEPTED");
        assertThat(detail.getString("timeline[-1].actor")).isEqualTo(CLERK);
        assertThat(detail.getString("timeline[-1].comment")).isEqualTo("属实，予以受理");
    }

    @Test
    void notAcceptingClosesTheCaseWithTheReasonTheComplainantIsTold() {
        String number = complaints.file();

        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", "已进入诉讼程序"));
        complaints.approveRefusal(number);

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("NOT_ACCEPTED");
        assertThat(detail.getString("closedAt")).isNotNull();
        assertThat(detail.getString("timeline[-1].publicNote"))
                .as("the reason, and the way to object")
                .startsWith("已进入诉讼程序")
                .contains("30日内", "within 30 days");
        assertThat(openTask(number, Stage.TRIAGE)).isNull();
    }

    @Test
    void notAcceptingWithoutAReasonIsRefusedNamingTheReason() {
        String number = complaints.file();

        assertRefused(
                CLERK,
                number,
                "triage",
                Map.of("decision", "NOT_ACCEPT", "reason", "  "),
                Stage.TRIAGE,
                invalidField("reason", "constraint.required-for-decision"));
    }

    @Test
    void aRepeatIsMergedIntoTheOpenOriginal() {
        String original = complaints.file();
        String repeat = complaints.file();

        complaints.act(CLERK, repeat, "triage", Map.of("decision", "MERGE", "originalTrackingNumber", original));
        complaints.approveRefusal(repeat);

        var detail = complaints.detail(repeat);
        assertThat(detail.getString("status")).isEqualTo("MERGED");
        assertThat(detail.getString("repeatOf")).isEqualTo(original);
        assertThat(complaints.detail(original).getList("repeats")).containsExactly(repeat);
    }

    @Test
    void mergingWithoutTheOriginalsNumberIsRefusedNamingIt() {
        assertMergeRefused(null, "constraint.required-for-decision");
    }

    @Test
    void mergingIntoAnUnknownCaseIsRefusedNamingTheOriginal() {
        assertMergeRefused(UNKNOWN_NUMBER, "constraint.unknown-case");
    }

    @Test
    void mergingIntoAClosedCaseIsRefusedNamingTheOriginal() {
        String closed = complaints.file();
        complaints.act(CLERK, closed, "triage", Map.of("decision", "NOT_ACCEPT", "reason", "不属于公安机关职责"));
        complaints.approveRefusal(closed);

        assertMergeRefused(closed, "case.merge-original-closed");
    }

    @Test
    void aCaseCannotBeMergedIntoItself() {
        String number = complaints.file();

        assertRefused(
                CLERK,
                number,
                "triage",
                Map.of("decision", "MERGE", "originalTrackingNumber", number),
                Stage.TRIAGE,
                invalidField("originalTrackingNumber", "case.merge-into-self"));
    }

    @Test
    void aTriageWithoutADecisionIsRefusedNamingIt() {
        String number = complaints.file();

        assertRefused(
                CLERK,
                number,
                "triage",
                Map.of("comment", "待定"),
                Stage.TRIAGE,
                invalidField("decision", "constraint.NotNull"));
    }

    @Test
    void anUnknownDecisionIsRefusedNamingIt() {
        String number = complaints.file();

        assertRefused(
                CLERK,
                number,
                "triage",
                Map.of("decision", "MAYBE"),
                Stage.TRIAGE,
                invalidField("decision", "constraint.unreadable"));
    }

    @Test
    void anOverlongCommentIsRefusedNamingIt() {
        String number = complaints.file();

        assertRefused(
                CLERK,
                number,
                "triage",
                Map.of("decision", "ACCEPT", "comment", "长".repeat(2001)),
                Stage.TRIAGE,
                invalidField("comment", "constraint.Size"));
    }

    @Test
    void triageWithoutABodyIsRefusedNamingTheBody() {
        String number = complaints.file();

        api.as(CLERK)
                .post("/complaints/{number}/triage", number)
                .then()
                .spec(invalidField("body", "constraint.malformed-body"));
    }

    @Test
    void triagingAnUnknownCaseIsNotFound() {
        complaints
                .post(CLERK, UNKNOWN_NUMBER, "triage", Map.of("decision", "ACCEPT"))
                .spec(notFound());
    }

    @Test
    void triagingACaseTwiceIsAConflict() {
        String number = complaints.accepted();

        complaints.post(CLERK, number, "triage", Map.of("decision", "ACCEPT")).spec(notAtStage());
        assertThat(complaints.detail(number).getList("timeline.type")).containsExactly("REGISTERED", "ACCEPTED");
    }

    @Test
    void onlyThePetitionOfficeTriages() {
        String number = complaints.file();

        // a bureau sees no case before it is dispatched to it; an inspector sees it but does not triage
        assertRefused(XINGQING_HANDLER, number, "triage", Map.of("decision", "ACCEPT"), Stage.TRIAGE, notFound());
        assertRefused(INSPECTOR, number, "triage", Map.of("decision", "ACCEPT"), Stage.TRIAGE, notCandidate());
    }

    @Test
    void triageWithoutCredentialsIsUnauthenticated() {
        String number = complaints.file();

        assertRefused(null, number, "triage", Map.of("decision", "ACCEPT"), Stage.TRIAGE, unauthenticated());
    }

    // --- 派单 ---

    @Test
    void dispatchingWithoutAChoiceSendsTheCaseToTheProposedBureau() {
        String number = complaints.accepted();

        complaints.act(CLERK, number, "dispatch", Map.of());

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_SIGN_FOR");
        assertThat(detail.getString("currentBureau.code")).isEqualTo(XINGQING);
        assertThat(detail.getInt("dispatchCount")).isEqualTo(1);
        assertThat(detail.getString("timeline[-1].type")).isEqualTo("DISPATCHED");
        assertThat(detail.getString("timeline[-1].publicNote"))
                .as("the bureau named in each language")
                .isEqualTo("您的投诉已转交银川市公安局兴庆区分局办理。 / Your complaint has been passed to Xingqing Sub-bureau for"
                        + " handling.");
    }

    @Test
    void theClerkMayDispatchToAnotherBureauThanTheProposedOne() {
        String number = complaints.accepted();

        complaints.act(CLERK, number, "dispatch", Map.of("bureau", JINFENG, "comment", "涉及金凤区辖区"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("currentBureau.code")).isEqualTo(JINFENG);
        assertThat(detail.getString("timeline[-1].comment")).contains("chosen " + JINFENG, "涉及金凤区辖区");
    }

    @Test
    void dispatchingToAnUnknownUnitIsRefusedNamingTheBureau() {
        String number = complaints.accepted();

        assertRefused(
                CLERK,
                number,
                "dispatch",
                Map.of("bureau", "psb-999999"),
                Stage.DISPATCH,
                invalidField("bureau", "constraint.unknown-unit"));
    }

    @Test
    void dispatchingToThePetitionOfficeIsRefusedNamingTheBureau() {
        String number = complaints.accepted();

        assertRefusalLeavesCaseUntouched(number, Stage.DISPATCH, () -> {
            String message = complaints
                    .post(CLERK, number, "dispatch", Map.of("bureau", "petition-640000"))
                    .spec(invalidField("bureau", "constraint.not-a-bureau"))
                    .extract()
                    .path("errors[0].messageEn");
            // The message names the unit that was chosen, not only the field.
            assertThat(message).contains("petition-640000");
        });
    }

    @Test
    void dispatchingACaseStillAtTriageIsAConflict() {
        String number = complaints.file();

        assertRefused(CLERK, number, "dispatch", Map.of(), Stage.TRIAGE, notAtStage());
    }

    @Test
    void dispatchingACaseTwiceIsAConflict() {
        String number = complaints.dispatched();

        complaints.post(CLERK, number, "dispatch", Map.of()).spec(notAtStage());
        assertThat(complaints.detail(number).getInt("dispatchCount")).isEqualTo(1);
    }

    @Test
    void onlyThePetitionOfficeDispatches() {
        String number = complaints.accepted();

        assertRefused(XINGQING_HANDLER, number, "dispatch", Map.of(), Stage.DISPATCH, notFound());
        assertRefused(INSPECTOR, number, "dispatch", Map.of(), Stage.DISPATCH, notCandidate());
    }

    @Test
    void dispatchingAnUnknownCaseIsNotFound() {
        complaints.post(CLERK, UNKNOWN_NUMBER, "dispatch", Map.of()).spec(notFound());
    }

    @Test
    void dispatchWithoutCredentialsIsUnauthenticated() {
        complaints.post(null, complaints.accepted(), "dispatch", Map.of()).spec(unauthenticated());
    }

    private void assertMergeRefused(String original, String code) {
        String number = complaints.file();
        Map<String, Object> body = new HashMap<>(Map.of("decision", "MERGE"));
        body.put("originalTrackingNumber", original);

        assertRefused(CLERK, number, "triage", body, Stage.TRIAGE, invalidField("originalTrackingNumber", code));
    }
}
