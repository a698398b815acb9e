package org.xinfang.petition.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.OFFICE_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notFound;
import static org.xinfang.petition.support.Problems.problem;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.Boundary;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PinnedClock;

/**
 * 否定报备: the petition office's refusals (not accepting a case, merging it as a repeat) are proposed by a clerk and
 * decided by the office's leader, never by the proposer; only then is the complainant told, with the reason and the
 * way to object; a refusal sent back returns to triage. The decision has its own limit, and a late one puts the
 * office under supervision. No other door lets anyone else decide.
 */
class RefusalApprovalApiTest extends ApiTest {

    private static final String REASON = "属于人民法院管辖的民事纠纷，请依法起诉";

    @Autowired
    EngineTime time;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProposedRefusalWaitsForTheLeaderAndOnlyThenTellsTheComplainant() {
        String number = complaints.file();

        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", REASON));

        assertThat(complaints.detail(number).getString("status")).isEqualTo("PENDING_REFUSAL_APPROVAL");
        assertThat(complaints.detail(number).getList("timeline.type")).endsWith("REFUSAL_PROPOSED");
        Task approval = openTask(number, Stage.REFUSAL_APPROVAL);
        assertThat(taskService.getIdentityLinksForTask(approval.getId()).stream()
                        .map(IdentityLink::getGroupId)
                        .toList())
                .containsExactly("office-leader");
        // one working day from Monday 2026-06-01 09:00: by the end of Tuesday, warned four office hours before
        assertThat(approval.getDueDate().toInstant()).isEqualTo(beijing("2026-06-03T00:00"));
        assertThat(milestones(number)).containsExactly("RECEIVED");

        complaints.approveRefusal(number);

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("NOT_ACCEPTED");
        assertThat(detail.getString("timeline[-1].type")).isEqualTo("NOT_ACCEPTED");
        assertThat(detail.getString("timeline[-1].actor")).isEqualTo(OFFICE_LEADER);
        assertThat(milestones(number)).containsExactly("RECEIVED", "NOT_ACCEPTED");
        assertThat(lastMessage(number)).contains(REASON, "30日内", "within 30 days");
    }

    @Test
    void theLeaderSendsARefusalBackToTriageSayingWhy() {
        String number = complaints.file();
        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", REASON));

        complaints
                .post(OFFICE_LEADER, number, "refusal-approval", Map.of("approved", false))
                .spec(invalidField("comment", "constraint.required-for-decision"));
        complaints.act(OFFICE_LEADER, number, "refusal-approval", Map.of("approved", false, "comment", "属于公安职责，应予受理"));

        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_TRIAGE");
        assertThat(detail.getList("timeline.type")).endsWith("REFUSAL_PROPOSED", "REFUSAL_SENT_BACK");
        assertThat(openTask(number, Stage.TRIAGE)).isNotNull();
        assertThat(milestones(number)).containsExactly("RECEIVED");

        complaints.accept(number);
        assertThat(complaints.detail(number).getString("status")).isEqualTo("PENDING_DISPATCH");
    }

    @Test
    void anApprovedMergeLinksTheRepeatToItsOriginalButNotOnceTheOriginalClosed() {
        String original = complaints.accepted();
        String repeat = complaints.file();
        complaints.act(CLERK, repeat, "triage", Map.of("decision", "MERGE", "originalTrackingNumber", original));
        assertThat(complaints.detail(repeat).getString("status")).isEqualTo("PENDING_REFUSAL_APPROVAL");
        complaints.approveRefusal(repeat);
        assertThat(complaints.detail(repeat).getString("status")).isEqualTo("MERGED");
        assertThat(complaints.detail(repeat).getString("repeatOf")).isEqualTo(original);

        String closing = complaints.file();
        String late = complaints.file();
        complaints.act(CLERK, late, "triage", Map.of("decision", "MERGE", "originalTrackingNumber", closing));
        complaints.act(CLERK, closing, "triage", Map.of("decision", "NOT_ACCEPT", "reason", REASON));
        complaints.approveRefusal(closing);
        complaints
                .post(OFFICE_LEADER, late, "refusal-approval", Map.of("approved", true))
                .spec(invalidField("originalTrackingNumber", "case.merge-original-closed"));
        assertThat(complaints.detail(late).getString("status")).isEqualTo("PENDING_REFUSAL_APPROVAL");
    }

    @Test
    void nobodyButAnotherLeaderDecidesThroughAnyDoor() {
        String number = complaints.file();
        complaints.act(OFFICE_LEADER, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", REASON));

        complaints
                .post(OFFICE_LEADER, number, "refusal-approval", Map.of("approved", true))
                .spec(problem(403, "refusal.own-proposal"));
        complaints
                .post(CLERK, number, "refusal-approval", Map.of("approved", true))
                .statusCode(403);
        complaints
                .post(XINGQING_HANDLER, number, "refusal-approval", Map.of("approved", true))
                .spec(notFound());
        Task approval = openTask(number, Stage.REFUSAL_APPROVAL);
        api.engineRestAs(CLERK)
                .contentType("application/json")
                .body(Map.of("variables", Map.of("refusalApproved", Map.of("value", true))))
                .post("/task/{id}/complete", approval.getId())
                .then()
                .statusCode(403);

        assertThat(complaints.detail(number).getString("status")).isEqualTo("PENDING_REFUSAL_APPROVAL");
        assertThat(milestones(number)).containsExactly("RECEIVED");
    }

    @Test
    void aLateDecisionIsWarnedThenPutsTheOfficeUnderSupervision() {
        String number = complaints.file();
        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", REASON));

        time.stopAt(beijing("2026-06-02T14:00"));
        assertThat(time.fireDueTimers(number)).containsExactly(Boundary.REFUSAL_APPROVAL_WARNING);
        time.stopAt(beijing("2026-06-03T00:00"));
        assertThat(time.fireDueTimers(number)).containsExactly(Boundary.REFUSAL_APPROVAL_OVERDUE);

        assertThat(complaints.detail(number).getList("timeline.type"))
                .containsSubsequence("REFUSAL_APPROVAL_WARNING", "REFUSAL_APPROVAL_OVERDUE", "SUPERVISION_STARTED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("supervision")
                        .processInstanceBusinessKey(number)
                        .variableValueEquals("stage", "REFUSAL_APPROVAL")
                        .variableValueEquals("bureau", "petition-640000")
                        .count())
                .isOne();

        complaints.approveRefusal(number);
        assertThat(complaints.detail(number).getList("timeline.type")).contains("SUPERVISION_RESOLVED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ComplaintProcess.KEY)
                        .processInstanceBusinessKey(number)
                        .count())
                .isZero();
    }

    /** One working day, warned four office hours before its end: make-up Saturdays count, holidays do not. */
    @ParameterizedTest
    @CsvSource({
        "2026-02-13T09:00, 2026-02-14T11:30, 2026-02-15T00:00",
        "2026-09-30T09:00, 2026-10-08T11:30, 2026-10-09T00:00"
    })
    void theDecisionIsDueOnTheWorkingDayCalendar(String proposedAt, String warningAt, String dueAt) {
        time.stopAt(beijing(proposedAt));
        String number = complaints.file();
        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", REASON));

        assertThat(time.timers(number))
                .containsEntry(Boundary.REFUSAL_APPROVAL_WARNING, beijing(warningAt))
                .containsEntry(Boundary.REFUSAL_APPROVAL_OVERDUE, beijing(dueAt));
        assertThat(openTask(number, Stage.REFUSAL_APPROVAL).getDueDate().toInstant())
                .isEqualTo(beijing(dueAt));
    }

    private List<String> milestones(String number) {
        return jdbc.queryForList(
                "select milestone from message_outbox where tracking_number = ? order by id", String.class, number);
    }

    private String lastMessage(String number) {
        List<String> bodies = jdbc.queryForList(
                "select body from message_outbox where tracking_number = ? order by id", String.class, number);
        return bodies.get(bodies.size() - 1);
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
