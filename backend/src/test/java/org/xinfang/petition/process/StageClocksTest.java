package org.xinfang.petition.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.TimelineActors;
import org.xinfang.petition.process.ComplaintProcess.Activity;
import org.xinfang.petition.process.ComplaintProcess.Boundary;
import org.xinfang.petition.process.ComplaintProcess.End;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.CaseRecords;
import org.xinfang.petition.support.Casework;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.Pages;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.ProcessRoutes;
import org.xinfang.petition.support.Told;
import org.xinfang.petition.support.WorkbenchLogin;

/**
 * 每个环节都有时限: the clocks of the office's stages (triage, dispatch, callback), of the inspectors' review and of
 * the two decisions on an extension. Each starts on the way to its task, warns (黄牌) and marks the stage overdue
 * (红牌) while the task waits, tells whoever the task waits for, and stops with the task. An overdue office stage
 * puts the petition office under supervision, as an overdue bureau stage puts the bureau; the review and the
 * extension decisions run beside a stage whose own clock is supervised, so they start no supervision of their own.
 */
@PetitionTest
class StageClocksTest {

    /** Monday 2 March 2026, 09:00 in Beijing. */
    static final Instant START = beijing("2026-03-02T09:00");

    static final String OFFICE = "petition-640000";
    /** The office has no inspectors of its own: the department above it supervises it. */
    static final String OFFICE_SUPERVISOR = "psb-640000";

    @Autowired
    Casework casework;

    @Autowired
    CaseRecords records;

    @Autowired
    ProcessRoutes routes;

    @Autowired
    EngineTime time;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void stopTheClock() {
        time.stopAt(START);
        api = new Api(port);
    }

    @AfterEach
    void resetTheClock() {
        time.reset();
    }

    /** A stage with a clock of its own: its task, timers, alert steps and ends, and who hears of its limit. */
    enum Clocked {
        TRIAGE(
                Stage.TRIAGE,
                new Cards(
                        Boundary.TRIAGE_WARNING,
                        Boundary.TRIAGE_OVERDUE,
                        Activity.RECORD_TRIAGE_WARNING,
                        Activity.RECORD_TRIAGE_OVERDUE,
                        End.TRIAGE_WARNED,
                        End.TRIAGE_OVERDUE),
                CaseEventType.TRIAGE_WARNING,
                CaseEventType.TRIAGE_OVERDUE,
                CLERK,
                true),
        DISPATCH(
                Stage.DISPATCH,
                new Cards(
                        Boundary.DISPATCH_WARNING,
                        Boundary.DISPATCH_OVERDUE,
                        Activity.RECORD_DISPATCH_WARNING,
                        Activity.RECORD_DISPATCH_OVERDUE,
                        End.DISPATCH_WARNED,
                        End.DISPATCH_OVERDUE),
                CaseEventType.DISPATCH_WARNING,
                CaseEventType.DISPATCH_OVERDUE,
                CLERK,
                true),
        CALLBACK(
                Stage.CALLBACK,
                new Cards(
                        Boundary.CALLBACK_WARNING,
                        Boundary.CALLBACK_OVERDUE,
                        Activity.RECORD_CALLBACK_WARNING,
                        Activity.RECORD_CALLBACK_OVERDUE,
                        End.CALLBACK_WARNED,
                        End.CALLBACK_OVERDUE),
                CaseEventType.CALLBACK_WARNING,
                CaseEventType.CALLBACK_OVERDUE,
                CLERK,
                true),
        REVIEW(
                Stage.INSPECTOR_REVIEW,
                new Cards(
                        Boundary.REVIEW_WARNING,
                        Boundary.REVIEW_OVERDUE,
                        Activity.RECORD_REVIEW_WARNING,
                        Activity.RECORD_REVIEW_OVERDUE,
                        End.REVIEW_WARNED,
                        End.REVIEW_OVERDUE),
                CaseEventType.REVIEW_WARNING,
                CaseEventType.REVIEW_OVERDUE,
                "inspector.xingqing",
                false),
        EXTENSION_BY_LEADER(
                Stage.EXTENSION_LEADER_APPROVAL,
                new Cards(
                        Boundary.EXTENSION_BY_LEADER_WARNING,
                        Boundary.EXTENSION_BY_LEADER_OVERDUE,
                        Activity.RECORD_EXTENSION_BY_LEADER_WARNING,
                        Activity.RECORD_EXTENSION_BY_LEADER_OVERDUE,
                        End.EXTENSION_BY_LEADER_WARNED,
                        End.EXTENSION_BY_LEADER_OVERDUE),
                CaseEventType.EXTENSION_BY_LEADER_WARNING,
                CaseEventType.EXTENSION_BY_LEADER_OVERDUE,
                XINGQING_LEADER,
                false),
        EXTENSION_BY_OFFICE(
                Stage.EXTENSION_OFFICE_APPROVAL,
                new Cards(
                        Boundary.EXTENSION_BY_OFFICE_WARNING,
                        Boundary.EXTENSION_BY_OFFICE_OVERDUE,
                        Activity.RECORD_EXTENSION_BY_OFFICE_WARNING,
                        Activity.RECORD_EXTENSION_BY_OFFICE_OVERDUE,
                        End.EXTENSION_BY_OFFICE_WARNED,
                        End.EXTENSION_BY_OFFICE_OVERDUE),
                CaseEventType.EXTENSION_BY_OFFICE_WARNING,
                CaseEventType.EXTENSION_BY_OFFICE_OVERDUE,
                CLERK,
                false),
        REPEAT_MATERIAL(
                Stage.MATERIAL_REPEAT_APPROVAL,
                new Cards(
                        Boundary.REPEAT_MATERIAL_WARNING,
                        Boundary.REPEAT_MATERIAL_OVERDUE,
                        Activity.RECORD_REPEAT_MATERIAL_WARNING,
                        Activity.RECORD_REPEAT_MATERIAL_OVERDUE,
                        End.REPEAT_MATERIAL_WARNED,
                        End.REPEAT_MATERIAL_OVERDUE),
                CaseEventType.REPEAT_MATERIAL_WARNING,
                CaseEventType.REPEAT_MATERIAL_OVERDUE,
                XINGQING_LEADER,
                false);

        final Stage stage;
        final Cards cards;
        final CaseEventType warned;
        final CaseEventType overdue;
        final String told;
        final boolean officeSupervised;

        Clocked(
                Stage stage,
                Cards cards,
                CaseEventType warned,
                CaseEventType overdue,
                String told,
                boolean officeSupervised) {
            this.stage = stage;
            this.cards = cards;
            this.warned = warned;
            this.overdue = overdue;
            this.told = told;
            this.officeSupervised = officeSupervised;
        }
    }

    /** The model's elements of one clock: its two timers, the steps that record them, and their ends. */
    record Cards(
            String warningTimer,
            String overdueTimer,
            String recordWarning,
            String recordOverdue,
            String warned,
            String overdueRecorded) {}

    /** Brings a new case to the stage now, by the usual way at 兴庆区分局. */
    String caseAt(Clocked clocked) {
        String number = casework.file();
        switch (clocked) {
            case TRIAGE -> {}
            case DISPATCH -> casework.accept(number);
            case CALLBACK -> casework.awaitingCallback(number);
            case REVIEW -> {
                casework.awaitingCallback(number);
                casework.callback(number, CallbackResult.UNSATISFIED);
                casework.repliedAgain(number);
                casework.callback(number, CallbackResult.UNSATISFIED);
            }
            case EXTENSION_BY_LEADER -> requestExtension(casework.signedFor(number));
            case EXTENSION_BY_OFFICE -> {
                requestExtension(casework.signedFor(number));
                api.as(XINGQING_LEADER)
                        .body(Map.of("approved", true))
                        .post("/complaints/{number}/extension-approval", number)
                        .then()
                        .statusCode(204);
            }
            case REPEAT_MATERIAL -> {
                askForMaterial(casework.signedFor(number), Map.of("what", "请提供现场照片"));
                api.as(XINGQING_HANDLER)
                        .body(Map.of("note", "窗口收到照片"))
                        .post("/complaints/{number}/material-received", number)
                        .then()
                        .statusCode(204);
                askForMaterial(number, Map.of("what", "请补充诊断证明", "reason", "照片显示另有伤情"));
            }
        }
        routes.of(number).openTask(clocked.stage.taskKey());
        return number;
    }

    void askForMaterial(String number, Map<String, String> body) {
        api.as(XINGQING_HANDLER)
                .body(body)
                .post("/complaints/{number}/material-requests", number)
                .then()
                .statusCode(204);
    }

    void requestExtension(String number) {
        api.as(XINGQING_HANDLER)
                .body(Map.of("amount", 5, "reason", "需调取监控录像核实"))
                .post("/complaints/{number}/extension-requests", number)
                .then()
                .statusCode(204);
    }

    /** Finishes the stage's task, the way its users do. */
    void finish(Clocked clocked, String number) {
        switch (clocked) {
            case TRIAGE -> casework.accept(number);
            case DISPATCH -> casework.dispatch(number, null);
            case CALLBACK -> casework.callback(number, CallbackResult.SATISFIED);
            case REVIEW -> casework.review(number, "经复核，答复事实清楚，处理适当。");
            case REPEAT_MATERIAL ->
                api.as(XINGQING_LEADER)
                        .body(Map.of("approved", true))
                        .post("/complaints/{number}/material-request-approval", number)
                        .then()
                        .statusCode(204);
            case EXTENSION_BY_LEADER, EXTENSION_BY_OFFICE ->
                api.as(clocked == Clocked.EXTENSION_BY_LEADER ? XINGQING_LEADER : CLERK)
                        .body(Map.of("approved", false, "comment", "理由不充分"))
                        .post("/complaints/{number}/extension-approval", number)
                        .then()
                        .statusCode(204);
        }
    }

    /**
     * What time-limits says, counted on the calendar, started at each side of Spring Festival and of National Day
     * 2026. Triage and dispatch: 15 days, the first not counted, an end on a day off moved to the next working day
     * (02-20 and 10-01 are holidays; 02-28 is a make-up Saturday); warned at the start of the last working day.
     * Callback: 5 working days, make-up Saturdays (02-14, 10-10) counted. Review: 30 days. Each extension decision:
     * one working day, warned 4 office hours before its end.
     */
    @ParameterizedTest
    @CsvSource({
        "TRIAGE,              2026-03-02T09:00, 2026-03-17T00:00, 2026-03-18T00:00",
        "TRIAGE,              2026-02-05T09:00, 2026-02-24T00:00, 2026-02-25T00:00",
        "TRIAGE,              2026-02-13T09:00, 2026-02-28T00:00, 2026-03-01T00:00",
        "TRIAGE,              2026-09-16T09:00, 2026-10-08T00:00, 2026-10-09T00:00",
        "DISPATCH,            2026-02-05T09:00, 2026-02-24T00:00, 2026-02-25T00:00",
        "DISPATCH,            2026-09-16T09:00, 2026-10-08T00:00, 2026-10-09T00:00",
        "CALLBACK,            2026-03-02T09:00, 2026-03-09T00:00, 2026-03-10T00:00",
        "CALLBACK,            2026-02-13T09:00, 2026-02-27T00:00, 2026-02-28T00:00",
        "CALLBACK,            2026-09-30T09:00, 2026-10-13T00:00, 2026-10-14T00:00",
        "REVIEW,              2026-03-02T09:00, 2026-04-01T00:00, 2026-04-02T00:00",
        "REVIEW,              2026-02-13T09:00, 2026-03-16T00:00, 2026-03-17T00:00",
        "REVIEW,              2026-09-07T09:00, 2026-10-08T00:00, 2026-10-09T00:00",
        "EXTENSION_BY_LEADER, 2026-03-02T09:00, 2026-03-03T11:30, 2026-03-04T00:00",
        "EXTENSION_BY_LEADER, 2026-02-13T09:00, 2026-02-14T11:30, 2026-02-15T00:00",
        "EXTENSION_BY_LEADER, 2026-09-30T09:00, 2026-10-08T11:30, 2026-10-09T00:00",
        "EXTENSION_BY_OFFICE, 2026-02-13T09:00, 2026-02-14T11:30, 2026-02-15T00:00",
        "EXTENSION_BY_OFFICE, 2026-09-30T09:00, 2026-10-08T11:30, 2026-10-09T00:00",
        "REPEAT_MATERIAL,     2026-02-13T09:00, 2026-02-14T11:30, 2026-02-15T00:00"
    })
    void eachStageIsDueAndWarnedWhenItsOwnLimitSaysOnTheWorkingDayCalendar(
            Clocked clocked, String startAt, String warningAt, String dueAt) {
        time.stopAt(beijing(startAt));
        String number = caseAt(clocked);

        Instant due = beijing(dueAt);
        assertThat(time.timers(number))
                .contains(
                        entry(clocked.cards.warningTimer(), beijing(warningAt)),
                        entry(clocked.cards.overdueTimer(), due));
        assertThat(routes.of(number)
                        .openTask(clocked.stage.taskKey())
                        .getDueDate()
                        .toInstant())
                .isEqualTo(due);
    }

    @ParameterizedTest
    @EnumSource(Clocked.class)
    void theWarningAndTheOverdueCardAreRecordedWhileTheTaskWaitsAndWhoeverItWaitsForIsTold(Clocked clocked) {
        String number = caseAt(clocked);
        Instant warning = time.timers(number).get(clocked.cards.warningTimer());
        Instant due = time.timers(number).get(clocked.cards.overdueTimer());

        time.stopAt(warning.minusSeconds(1));
        assertThat(time.fireDueTimers(number)).doesNotContain(clocked.cards.warningTimer());
        time.stopAt(warning);
        assertThat(time.fireDueTimers(number)).containsExactly(clocked.cards.warningTimer());
        routes.of(number)
                .hasPassed(clocked.cards.recordWarning(), clocked.cards.warned())
                .hasNotPassed(clocked.cards.recordOverdue());
        assertThat(records.of(number).eventTypes()).endsWith(clocked.warned);
        assertThat(records.of(number).last(clocked.warned).getActor()).isEqualTo(TimelineActors.SYSTEM);
        assertTold(clocked.told, number, clocked.warned);

        time.stopAt(due);
        assertThat(time.fireDueTimers(number)).containsExactly(clocked.cards.overdueTimer());
        routes.of(number).hasPassed(clocked.cards.recordOverdue(), clocked.cards.overdueRecorded());
        routes.of(number).openTask(clocked.stage.taskKey());
        assertTold(clocked.told, number, clocked.overdue);
        if (clocked.officeSupervised) {
            assertThat(records.of(number).eventTypes())
                    .as("an overdue office stage puts the office under supervision")
                    .endsWith(clocked.overdue, CaseEventType.SUPERVISION_STARTED);
            ProcessInstance supervision = supervisionOf(number);
            assertThat(runtime.getVariable(supervision.getId(), "bureau")).isEqualTo(OFFICE);
            assertThat(runtime.getVariable(supervision.getId(), "level")).isEqualTo(OFFICE_SUPERVISOR);
            assertThat(tasks.createTaskQuery()
                            .processInstanceId(supervision.getId())
                            .taskCandidateGroup("inspector@" + OFFICE_SUPERVISOR)
                            .count())
                    .isOne();
        } else {
            assertThat(records.of(number).eventTypes())
                    .as("beside a stage with a supervised clock of its own")
                    .endsWith(clocked.overdue)
                    .doesNotContain(CaseEventType.SUPERVISION_STARTED);
        }

        finish(clocked, number);
        if (clocked == Clocked.CALLBACK || clocked == Clocked.REVIEW) {
            routes.of(number).isEndedAt(End.CLOSED);
        } else {
            assertThat(time.timers(number))
                    .as("the stage's timers go with its task")
                    .doesNotContainKeys(clocked.cards.warningTimer(), clocked.cards.overdueTimer());
        }
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("supervision")
                        .processInstanceBusinessKey(number)
                        .count())
                .as("the stage done, its supervision ends")
                .isZero();
    }

    @Test
    void theOfficeAnswersTheOrderOnItsOverdueTriageThroughItsClerks() {
        String number = caseAt(Clocked.TRIAGE);
        time.stopAt(time.timers(number).get(Boundary.TRIAGE_OVERDUE));
        time.fireDueTimers(number);
        assertThat(Pages.every(() -> api.as("inspector").queryParam("stage", "TRIAGE"), "/supervision/board"))
                .as("on the board of the office's inspectors, held by the office")
                .anySatisfy(row -> assertThat(row)
                        .containsEntry("trackingNumber", number)
                        .extractingByKey("bureau")
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                        .containsEntry("code", OFFICE));

        api.as("inspector")
                .body(Map.of("instructions", "请即作出受理决定并告知信访人。"))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(201)
                .body("bureau.code", org.hamcrest.Matchers.is(OFFICE));
        api.as(XINGQING_HANDLER)
                .body(Map.of("answer", "不是本单位的案件"))
                .post("/complaints/{number}/supervision-answer", number)
                .then()
                .statusCode(404);
        Map<String, String> clerk = WorkbenchLogin.signIn(port, CLERK);
        assertThat(given().port(port)
                        .cookies(clerk)
                        .get("/workbench/cases/{number}", number)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .as("the case page offers the clerks the answer")
                .contains("/workbench/cases/" + number + "/answer-supervision");
        given().port(port)
                .cookies(clerk)
                .get("/workbench/cases/{number}/answer-supervision", number)
                .then()
                .statusCode(200);
        api.as(CLERK)
                .body(Map.of("answer", "已于今日受理并告知信访人。"))
                .post("/complaints/{number}/supervision-answer", number)
                .then()
                .statusCode(204);
        assertThat(records.of(number).eventTypes()).endsWith(CaseEventType.SUPERVISION_ORDER_ANSWERED);
    }

    void assertTold(String login, String number, CaseEventType type) {
        assertThat(Told.typesAbout(api, login, number)).contains(type.name());
    }

    ProcessInstance supervisionOf(String number) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("supervision")
                .processInstanceBusinessKey(number)
                .singleResult();
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
