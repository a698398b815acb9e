package org.xinfang.petition.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.xinfang.petition.complaint.CaseEventType.CLOCK_PAUSED;
import static org.xinfang.petition.complaint.CaseEventType.CLOCK_RESUMED;
import static org.xinfang.petition.complaint.CaseEventType.DEADLINE_EXTENDED;
import static org.xinfang.petition.complaint.CaseEventType.HANDLING_OVERDUE;
import static org.xinfang.petition.complaint.CaseEventType.HANDLING_WARNING;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.intake.FiledComplaint;
import org.xinfang.petition.process.ComplaintProcess.Boundary;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.CaseRecords;
import org.xinfang.petition.support.Casework;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;

/**
 * The handling limit on the working-day calendar: when it runs out, when it warns and goes overdue, how an
 * extension moves the very same timers, and how a stopped clock keeps the time that remained.
 */
@PetitionTest
class HandlingDeadlineTest {

    static final String WARNING = Boundary.HANDLING_WARNING;
    static final String OVERDUE = Boundary.HANDLING_OVERDUE;

    @Autowired
    Casework casework;

    @Autowired
    CaseRecords records;

    @Autowired
    EngineTime time;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    CaseDeadlineRepository deadlines;

    @Autowired
    Cases cases;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aComplaintFiledOnTheLastWorkingDayBeforeNationalDayIsDueOnTheFifthWorkingDayAfterTheHoliday() {
        time.stopAt(beijing("2026-09-30T10:00"));
        String number = inHandling(Category.HOUSEHOLD_REGISTRATION);

        // 5 working days: 10-08 Thu, 10-09 Fri, 10-10 Sat (a make-up working day), 10-12 Mon, 10-13 Tue
        Instant due = beijing("2026-10-14T00:00");
        assertThat(records.of(number).dueAt()).isEqualTo(due);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(number)
                        .singleResult()
                        .getDueDate())
                .isEqualTo(java.util.Date.from(due));
        assertThat(time.timers(number))
                .containsExactly(entry(WARNING, beijing("2026-10-13T00:00")), entry(OVERDUE, due));
        api.as(CLERK)
                .get("/complaints/{number}", number)
                .then()
                .statusCode(200)
                .body("deadlines.find { it.stage == 'HANDLING' }.stage", equalTo("HANDLING"))
                .body("deadlines.find { it.stage == 'HANDLING' }.limit", equalTo("5 working days"))
                .body("deadlines.find { it.stage == 'HANDLING' }.remainingWorkingDays", equalTo(6));

        time.stopAt(beijing("2026-10-12T23:59:59"));
        assertThat(time.fireDueTimers(number)).isEmpty();
        time.stopAt(beijing("2026-10-13T00:00"));
        assertThat(time.fireDueTimers(number)).containsExactly(WARNING);
        time.stopAt(beijing("2026-10-14T00:00"));
        assertThat(time.fireDueTimers(number)).containsExactly(OVERDUE);

        var record = records.of(number);
        assertThat(record.last(HANDLING_WARNING).getOccurredAt()).isEqualTo(beijing("2026-10-13T00:00"));
        assertThat(record.last(HANDLING_OVERDUE).getOccurredAt()).isEqualTo(beijing("2026-10-14T00:00"));
        CaseDeadline handling = handlingDeadline(number);
        assertThat(handling.getWarnedAt()).isEqualTo(beijing("2026-10-13T00:00"));
        assertThat(handling.getOverdueAt()).isEqualTo(beijing("2026-10-14T00:00"));
        for (String login : List.of(XINGQING_HANDLER, XINGQING_LEADER)) {
            api.as(login)
                    .get("/notifications?size=100")
                    .then()
                    .statusCode(200)
                    .body(
                            "content.findAll { it.complaintId == " + record.id() + " }.type",
                            hasItems("HANDLING_WARNING", "HANDLING_OVERDUE"));
        }
    }

    /** Stage times (docs/indicators.md): each limit records the working days its stage took when it ends. */
    @Test
    void anEndedStageRecordsTheWorkingDaysItTookOnTheCalendar() {
        time.stopAt(beijing("2026-09-30T10:00"));
        String number = inHandling(Category.HOUSEHOLD_REGISTRATION);
        time.stopAt(beijing("2026-10-09T15:00"));
        casework.reply(number, XINGQING_HANDLER, "已核实办理，答复如下。");
        casework.reviewReply(number, XINGQING_LEADER, true, null);

        List<CaseDeadline> limits =
                deadlines.findByComplaintIdOrderByIdAsc(cases.get(number).getId());
        assertThat(limits)
                .filteredOn(limit -> limit.getStage() == DeadlineStage.SIGN_FOR)
                .extracting(CaseDeadline::getWorkingDays)
                .as("signed for the day it was dispatched")
                .containsExactly(0);
        assertThat(limits)
                .filteredOn(limit -> limit.getStage() == DeadlineStage.HANDLING)
                .extracting(CaseDeadline::getWorkingDays)
                .as("from 09-30 to 10-09 over National Day: Thu 10-08 and Fri 10-09")
                .containsExactly(2);
    }

    @Test
    void anApprovedExtensionMovesTheRunningTimersWithinTheStatutoryMaximum() {
        time.stopAt(beijing("2026-06-01T09:00"));
        String number = inHandling(Category.POLICE_CONDUCT);
        // 60 days from Monday 06-01 end on Friday 07-31
        Map<String, Job> before = timerJobs(number);
        assertThat(before.get(OVERDUE).getDuedate().toInstant()).isEqualTo(beijing("2026-08-01T00:00"));

        extend(number, 10, false);

        // 70 days end on Monday 08-10: the same two jobs, moved
        Map<String, Job> after = timerJobs(number);
        assertThat(after.get(OVERDUE).getId()).isEqualTo(before.get(OVERDUE).getId());
        assertThat(after.get(WARNING).getId()).isEqualTo(before.get(WARNING).getId());
        assertThat(after.get(OVERDUE).getDuedate().toInstant()).isEqualTo(beijing("2026-08-11T00:00"));
        assertThat(after.get(WARNING).getDuedate().toInstant()).isEqualTo(beijing("2026-08-10T00:00"));
        assertThat(records.of(number).dueAt()).isEqualTo(beijing("2026-08-11T00:00"));
        assertThat(records.of(number).last(DEADLINE_EXTENDED).getPublicNote())
                .contains("2026-08-11 00:00")
                .contains("需调取监控录像核实");

        requestExtension(number, 10).then().statusCode(204);
        decide(XINGQING_LEADER, number, true, false).then().statusCode(204);
        decide(CLERK, number, true, false).then().statusCode(409).body("code", equalTo("extension.only-once"));
        decide(CLERK, number, true, true).then().statusCode(204);
        assertThat(records.of(number).dueAt()).as("80 days: Thursday 08-20").isEqualTo(beijing("2026-08-21T00:00"));
        assertThat(timerJobs(number).get(OVERDUE).getId())
                .isEqualTo(before.get(OVERDUE).getId());

        requestExtension(number, 11)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].code", equalTo("extension.too-long"));
    }

    @Test
    void anExtensionCanBeRefusedWithAReasonAndIsNotGrantedOnceOverdue() {
        time.stopAt(beijing("2026-06-01T09:00"));
        String number = inHandling(Category.POLICE_CONDUCT);
        Instant due = records.of(number).dueAt();

        requestExtension(number, 5).then().statusCode(204);
        requestExtension(number, 5).then().statusCode(409).body("code", equalTo("extension.pending"));
        decide(XINGQING_LEADER, number, false, false)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        api.as(XINGQING_LEADER)
                .body(Map.of("approved", false, "comment", "理由不充分"))
                .post("/complaints/{number}/extension-approval", number)
                .then()
                .statusCode(204);
        assertThat(records.of(number).dueAt()).isEqualTo(due);

        time.stopAt(due);
        time.fireDueTimers(number);
        requestExtension(number, 5).then().statusCode(409).body("code", equalTo("extension.overdue"));
    }

    @Test
    void aStoppedClockKeepsTheWorkingDaysThatRemainedAndItsTimersDoNotFire() {
        time.stopAt(beijing("2026-06-01T09:00"));
        FiledComplaint filed =
                casework.fileForCitizen(Category.HOUSEHOLD_REGISTRATION, Urgency.NORMAL, XINGQING_REGION);
        String number = filed.trackingNumber();
        casework.signedFor(number);
        // 5 working days from Monday 06-01: due at the end of Monday 06-08
        assertThat(records.of(number).dueAt()).isEqualTo(beijing("2026-06-09T00:00"));

        time.stopAt(beijing("2026-06-03T10:00"));
        api.as(XINGQING_HANDLER)
                .body(Map.of("what", "请提供户口迁移证明复印件"))
                .post("/complaints/{number}/material-requests", number)
                .then()
                .statusCode(204);
        assertThat(handlingDeadline(number).getStatus()).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(timerJobs(number).values()).allMatch(Job::isSuspended);
        api.as(XINGQING_HANDLER)
                .body(Map.of("amount", 1, "reason", "x"))
                .post("/complaints/{number}/extension-requests", number)
                .then()
                .statusCode(409);

        time.stopAt(beijing("2026-06-10T10:00"));
        assertThat(time.fireDueTimers(number))
                .as("a stopped clock does not run out")
                .isEmpty();

        api.anonymous()
                .body(Map.of("trackingNumber", number, "queryCode", filed.queryCode(), "note", "已邮寄证明复印件"))
                .post("/lookup/material")
                .then()
                .statusCode(204);

        // stopped from Wednesday 06-03 to Wednesday 06-10: 06-03, 04, 05, 08, 09 stood still, 5 working days more
        CaseDeadline handling = handlingDeadline(number);
        assertThat(handling.getStatus()).isEqualTo(DeadlineStatus.RUNNING);
        assertThat(handling.getDueAt()).isEqualTo(beijing("2026-06-16T00:00"));
        assertThat(timerJobs(number).values()).noneMatch(Job::isSuspended);
        assertThat(timerJobs(number).get(OVERDUE).getDuedate().toInstant()).isEqualTo(beijing("2026-06-16T00:00"));
        // 4 working days remained when the clock stopped (06-03, 04, 05, 08) and 4 remain now (06-10, 11, 12, 15)
        api.as(CLERK)
                .get("/complaints/{number}", number)
                .then()
                .statusCode(200)
                .body("deadlines.find { it.stage == 'HANDLING' }.remainingWorkingDays", equalTo(4))
                .body(
                        "deadlines.find { it.stage == 'HANDLING' }.pauses[0].resumedAt",
                        org.hamcrest.Matchers.notNullValue());
        assertThat(records.of(number).eventTypes()).contains(CLOCK_PAUSED, CLOCK_RESUMED);
    }

    @Test
    void theClockRunsAgainWhenTheTimeToSupplyMaterialIsOver() {
        time.stopAt(beijing("2026-06-01T09:00"));
        String number = inHandling(Category.HOUSEHOLD_REGISTRATION);
        api.as(XINGQING_HANDLER)
                .body(Map.of("what", "请提供报案回执"))
                .post("/complaints/{number}/material-requests", number)
                .then()
                .statusCode(204);

        // "30 days" from Monday 06-01 end on Wednesday 07-01
        time.stopAt(beijing("2026-07-02T00:00"));
        assertThat(time.fireDueTimers(number)).containsExactly(Boundary.MATERIAL_WAIT_OVER);

        assertThat(handlingDeadline(number).getStatus()).isEqualTo(DeadlineStatus.RUNNING);
        assertThat(records.of(number).last(CLOCK_RESUMED).getPublicNote()).contains("补充材料期限已满");
    }

    @Test
    void aMisroutedCaseCanOnlyBeReturnedWithinFiveWorkingDaysOfItsDispatch() {
        time.stopAt(beijing("2026-06-01T09:00"));
        String number = casework.dispatched(casework.file());

        time.stopAt(beijing("2026-06-09T00:00"));
        api.as(XINGQING_HANDLER)
                .body(Map.of("reason", "不属于本单位管辖"))
                .post("/complaints/{number}/return", number)
                .then()
                .statusCode(409)
                .body("code", equalTo("case.return-window-passed"));
        assertThat(records.of(number).bureau()).isEqualTo("psb-640104");
    }

    private String inHandling(Category category) {
        return casework.signedFor(casework.file(category, Urgency.NORMAL, XINGQING_REGION));
    }

    private void extend(String number, int amount, boolean override) {
        requestExtension(number, amount).then().statusCode(204);
        decide(XINGQING_LEADER, number, true, false).then().statusCode(204);
        decide(CLERK, number, true, override).then().statusCode(204);
    }

    private io.restassured.response.Response requestExtension(String number, int amount) {
        return api.as(XINGQING_HANDLER)
                .body(Map.of("amount", amount, "reason", "需调取监控录像核实"))
                .post("/complaints/{number}/extension-requests", number);
    }

    private io.restassured.response.Response decide(String login, String number, boolean approved, boolean override) {
        return api.as(login)
                .body(Map.of("approved", approved, "override", override))
                .post("/complaints/{number}/extension-approval", number);
    }

    private Map<String, Job> timerJobs(String number) {
        String processInstanceId = handlingDeadline(number).getProcessInstanceId();
        return Map.of(
                WARNING,
                        management
                                .createJobQuery()
                                .processInstanceId(processInstanceId)
                                .activityId(WARNING)
                                .singleResult(),
                OVERDUE,
                        management
                                .createJobQuery()
                                .processInstanceId(processInstanceId)
                                .activityId(OVERDUE)
                                .singleResult());
    }

    private CaseDeadline handlingDeadline(String number) {
        Long complaintId = cases.get(number).getId();
        return deadlines
                .findFirstByComplaintIdAndStageAndStatusNotOrderByIdDesc(
                        complaintId, DeadlineStage.HANDLING, DeadlineStatus.ENDED)
                .orElseThrow();
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
