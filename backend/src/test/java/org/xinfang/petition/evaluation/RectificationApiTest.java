package org.xinfang.petition.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notFound;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.process.RectificationProcess;
import org.xinfang.petition.process.RectificationProcess.Boundary;
import org.xinfang.petition.process.RectificationProcess.Step;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.WebappSession;

/**
 * 差评整改: a reply rated unsatisfied opens a rectification for the bureau that replied, limited to 15 working days on
 * the working-day calendar; the bureau reports, the petition office checks (sending it back once here); a late one is
 * warned, then enters supervision like any overdue stage; no other bureau can act on it through any door.
 */
class RectificationApiTest extends ApiTest {

    private RatedReplies replies;

    @BeforeEach
    void citizen() {
        replies = new RatedReplies(api);
    }

    private static final String WHY = "答复没有说明对民警的处理结果";
    private static final String MEASURES = "已向投诉人书面说明对涉事民警的处理结果，并组织全所民警学习执法规范。";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    EngineTime time;

    @Test
    void anUnsatisfiedRatingOpensARectificationForTheBureauThatRepliedWithItsLimit() {
        Filed filed = replies.replied();

        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);

        Task rectify = task(filed.number(), Step.RECTIFY);
        assertThat(rectify).as("the bureau's rectification").isNotNull();
        assertThat(taskService.getIdentityLinksForTask(rectify.getId()).stream()
                        .map(IdentityLink::getGroupId)
                        .toList())
                .containsExactlyInAnyOrder("handler@psb-640104", "bureau-leader@psb-640104");
        // 15 working days from Monday 2026-06-01, to the end of the 15th: the Dragon Boat Festival's days off
        // (06-19 to 06-21) are not among them.
        Instant due = LocalDateTime.parse("2026-06-24T00:00")
                .atZone(PinnedClock.BEIJING)
                .toInstant();
        assertThat(rectify.getDueDate().toInstant()).isEqualTo(due);
        JsonPath detail = complaints.detail(filed.number());
        assertThat(detail.getString("deadlines.find { it.stage == 'RECTIFICATION' }.dueAt"))
                .isEqualTo(due.toString());
        assertThat(detail.getString("status")).as("the case's own stage").isEqualTo("PENDING_CALLBACK");
        assertThat(detail.getString("dueAt"))
                .as("the case's due date is its own stage's")
                .isNull();
        assertThat(detail.getList("timeline.type")).containsSubsequence("RATED", "RECTIFICATION_REQUESTED");
        assertThat(replies.lookup(filed).getList("events.type")).contains("RECTIFICATION_REQUESTED");
        assertThat(time.timers(RectificationProcess.KEY, filed.number()))
                .as("warned as the last two working days begin")
                .containsEntry(
                        Boundary.WARNING,
                        LocalDateTime.parse("2026-06-22T00:00")
                                .atZone(PinnedClock.BEIJING)
                                .toInstant())
                .containsEntry(Boundary.OVERDUE, due);
    }

    @Test
    void theBureauReportsAndTheOfficeSendsItBackOnceThenAcceptsIt() {
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);

        report(XINGQING_HANDLER, filed.number(), null)
                .spec(invalidField("measures", "constraint.required-for-decision"));
        report(XINGQING_HANDLER, filed.number(), "初步整改").statusCode(204);
        check(filed.number(), false, null).spec(invalidField("comment", "constraint.required-for-decision"));
        check(filed.number(), false, "未向投诉人说明处理结果").statusCode(204);
        assertThat(task(filed.number(), Step.RECTIFY))
                .as("back with the bureau")
                .isNotNull();
        report(XINGQING_LEADER, filed.number(), MEASURES).statusCode(204);
        check(filed.number(), true, null).statusCode(204);

        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(RectificationProcess.KEY)
                        .processInstanceBusinessKey(filed.number())
                        .count())
                .isZero();
        JsonPath detail = complaints.detail(filed.number());
        assertThat(detail.getString("deadlines.find { it.stage == 'RECTIFICATION' }.status"))
                .isEqualTo("ENDED");
        assertThat(detail.getList("timeline.type"))
                .containsSubsequence(
                        "RECTIFICATION_REQUESTED",
                        "RECTIFICATION_REPORTED",
                        "RECTIFICATION_SENT_BACK",
                        "RECTIFICATION_REPORTED",
                        "RECTIFICATION_ACCEPTED");
        assertThat(detail.getString("timeline.findAll { it.type == 'RECTIFICATION_REPORTED' }[-1].comment"))
                .isEqualTo(MEASURES);
        assertThat(replies.lookup(filed).getList("events.type")).contains("RECTIFICATION_ACCEPTED");
    }

    @Test
    void noOtherBureauRectifiesThroughOurApiOrTheEnginesDoors() {
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);
        Task rectify = task(filed.number(), Step.RECTIFY);

        report(JINFENG_HANDLER, filed.number(), MEASURES).spec(notFound());
        for (String login : List.of(JINFENG_HANDLER, ADMIN)) {
            api.engineRestAs(login)
                    .contentType("application/json")
                    .body(Map.of("variables", Map.of("measures", Map.of("value", MEASURES))))
                    .post("/task/{id}/complete", rectify.getId())
                    .then()
                    .statusCode(403);
        }
        WebappSession tasklist = new WebappSession(port);
        tasklist.logIn("tasklist", JINFENG_HANDLER, Api.PASSWORD).then().statusCode(200);
        tasklist.enginePost()
                .body(Map.of("variables", Map.of("measures", Map.of("value", MEASURES))))
                .post("/task/{id}/complete", rectify.getId())
                .then()
                .statusCode(404);
        check(filed.number(), true, null).statusCode(409);

        assertThat(task(filed.number(), Step.RECTIFY)).as("still the bureau's").isNotNull();
        assertThat(complaints.detail(filed.number()).getList("timeline.type")).doesNotContain("RECTIFICATION_REPORTED");
    }

    @Test
    void aLateRectificationIsWarnedThenSupervisedUntilItIsAccepted() {
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);

        time.stopAt(LocalDateTime.parse("2026-06-22T09:00")
                .atZone(PinnedClock.BEIJING)
                .toInstant());
        assertThat(time.fireDueTimers(RectificationProcess.KEY, filed.number())).containsExactly(Boundary.WARNING);
        time.stopAt(LocalDateTime.parse("2026-06-24T00:00")
                .atZone(PinnedClock.BEIJING)
                .toInstant());
        assertThat(time.fireDueTimers(RectificationProcess.KEY, filed.number())).containsExactly(Boundary.OVERDUE);

        JsonPath detail = complaints.detail(filed.number());
        assertThat(detail.getList("timeline.type"))
                .containsSubsequence("RECTIFICATION_WARNING", "RECTIFICATION_OVERDUE", "SUPERVISION_STARTED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("supervision")
                        .processInstanceBusinessKey(filed.number())
                        .variableValueEquals("stage", "RECTIFICATION")
                        .count())
                .isOne();

        report(XINGQING_HANDLER, filed.number(), MEASURES).statusCode(204);
        check(filed.number(), true, null).statusCode(204);

        assertSupervisionResolved(filed.number());
    }

    /**
     * The office's check of a report has a limit of its own (3 working days, warned one before), within the
     * rectification's: overdue, it puts the office under supervision until the check is done.
     */
    @Test
    void theOfficesCheckOfAReportIsWarnedThenSupervisedAsTheOfficesOwnLimit() {
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);
        report(XINGQING_HANDLER, filed.number(), MEASURES).statusCode(204);

        // from Monday 06-01: 06-02, 03, 04
        Instant warning = LocalDateTime.parse("2026-06-04T00:00")
                .atZone(PinnedClock.BEIJING)
                .toInstant();
        Instant due = LocalDateTime.parse("2026-06-05T00:00")
                .atZone(PinnedClock.BEIJING)
                .toInstant();
        assertThat(task(filed.number(), Step.CHECK).getDueDate().toInstant()).isEqualTo(due);
        assertThat(time.timers(RectificationProcess.KEY, filed.number()))
                .containsEntry(Boundary.CHECK_WARNING, warning)
                .containsEntry(Boundary.CHECK_OVERDUE, due);
        time.stopAt(warning);
        assertThat(time.fireDueTimers(RectificationProcess.KEY, filed.number()))
                .containsExactly(Boundary.CHECK_WARNING);
        time.stopAt(due);
        assertThat(time.fireDueTimers(RectificationProcess.KEY, filed.number()))
                .containsExactly(Boundary.CHECK_OVERDUE);

        assertThat(complaints.detail(filed.number()).getList("timeline.type"))
                .containsSubsequence(
                        "RECTIFICATION_REPORTED",
                        "RECTIFICATION_CHECK_WARNING",
                        "RECTIFICATION_CHECK_OVERDUE",
                        "SUPERVISION_STARTED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("supervision")
                        .processInstanceBusinessKey(filed.number())
                        .variableValueEquals("stage", "RECTIFICATION_CHECK")
                        .variableValueEquals("bureau", "petition-640000")
                        .count())
                .isOne();

        check(filed.number(), true, null).statusCode(204);
        assertSupervisionResolved(filed.number());
    }

    /** The office's check: 3 working days, warned one before, the report sent just before each holiday. */
    @ParameterizedTest
    @CsvSource({
        "2026-02-13T09:00, 2026-02-25T00:00, 2026-02-26T00:00",
        "2026-09-30T09:00, 2026-10-10T00:00, 2026-10-11T00:00"
    })
    void theCheckIsDueThreeWorkingDaysOnAcrossTheHolidays(String reportedAt, String warningAt, String dueAt) {
        time.stopAt(LocalDateTime.parse(reportedAt).atZone(PinnedClock.BEIJING).toInstant());
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);
        report(XINGQING_HANDLER, filed.number(), MEASURES).statusCode(204);

        assertThat(time.timers(RectificationProcess.KEY, filed.number()))
                .containsEntry(
                        Boundary.CHECK_WARNING,
                        LocalDateTime.parse(warningAt)
                                .atZone(PinnedClock.BEIJING)
                                .toInstant())
                .containsEntry(
                        Boundary.CHECK_OVERDUE,
                        LocalDateTime.parse(dueAt).atZone(PinnedClock.BEIJING).toInstant());
    }

    @Test
    void aVerdictChangedBackAndForthOpensOneRectification() {
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);
        replies.rate(filed, "SATISFIED", null).statusCode(200);
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);

        assertThat(history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(RectificationProcess.KEY)
                        .processInstanceBusinessKey(filed.number())
                        .count())
                .isOne();
        assertThat(complaints.detail(filed.number()).getList("timeline.type").stream()
                        .filter("RECTIFICATION_REQUESTED"::equals)
                        .count())
                .isOne();
    }

    @Test
    void aSatisfiedVerdictOpensNone() {
        Filed filed = replies.replied();
        replies.rate(filed, "BASICALLY_SATISFIED", null).statusCode(200);

        assertThat(task(filed.number(), Step.RECTIFY)).isNull();
        assertThat(complaints.detail(filed.number()).getList("timeline.type"))
                .doesNotContain("RECTIFICATION_REQUESTED");
    }

    private void assertSupervisionResolved(String number) {
        assertThat(complaints.detail(number).getList("timeline.type")).contains("SUPERVISION_RESOLVED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("supervision")
                        .processInstanceBusinessKey(number)
                        .count())
                .isZero();
    }

    private Task task(String number, Step step) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(RectificationProcess.KEY)
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(step.taskKey())
                .singleResult();
    }

    private ValidatableResponse report(String login, String number, String measures) {
        Map<String, Object> body = new HashMap<>();
        body.put("measures", measures);
        return api.as(login)
                .body(body)
                .post("/complaints/{number}/rectification", number)
                .then();
    }

    private ValidatableResponse check(String number, boolean accepted, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("accepted", accepted);
        body.put("comment", comment);
        return api.as(CLERK)
                .body(body)
                .post("/complaints/{number}/rectification-check", number)
                .then();
    }
}
