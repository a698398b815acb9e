package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.Problems;
import org.xinfang.petition.support.Told;

/**
 * The other paths of supervision.bpmn: an answered order and a further one, a supervision of the sign-for stage
 * ended by signing for, a flagged supervision before the case is overdue, and a sign-for chain whose bureau
 * never took the case up, concluded by the city.
 */
@PetitionTest
class SupervisionPathsTest extends AbstractSupervisionTest {

    @Autowired
    EngineTime time;

    @Autowired
    PlanDeadlines plans;

    @Test
    void anAnsweredOrderEndsAndTheCountyMayPressAgainUntilTheReplyResolvesTheSupervision() {
        String number = driver.signedFor("640105", "HOUSEHOLD_REGISTRATION", "handler.xixia");
        // 5 working days from 06-01: due at the end of 06-08
        driver.overdueAt(number, ComplaintProcess.Boundary.HANDLING_OVERDUE, "2026-06-09T10:00");

        JsonPath order =
                driver.issueOrder("inspector.xixia", number, Map.of("instructions", "请三个工作日内办结。", "workingDays", 3));
        assertThat(order.getString("limit")).isEqualTo("3 working days");
        // 06-10, 06-11, 06-12: due at the end of 06-12
        assertThat(order.getString("dueAt")).isEqualTo("2026-06-12T16:00:00Z");
        assertThat(order.getBoolean("flagged")).isFalse();
        assertThat(order.getString("stage")).isEqualTo("HANDLING");
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(number)
                        .taskDefinitionKey(SupervisionProcess.Step.ANSWER_ORDER.taskKey())
                        .singleResult()
                        .getDueDate()
                        .toInstant())
                .hasToString("2026-06-12T16:00:00Z");

        driver.answer("leader.xixia", number, "已成立专班，预计两日内答复投诉人。");
        JsonPath orders = driver.orders("inspector.xixia", number);
        assertThat(orders.getList("content.status")).containsExactly("ANSWERED");
        assertThat(orders.getString("content[0].answer")).isEqualTo("已成立专班，预计两日内答复投诉人。");
        assertThat(orders.getString("content[0].answeredBy")).isEqualTo("leader.xixia");
        Task back = driver.openSupervisionTask(number);
        assertThat(back.getTaskDefinitionKey()).isEqualTo(SupervisionProcess.Step.ISSUE_ORDER.taskKey());
        api.as("inspector.xixia")
                .get("/notifications")
                .then()
                .body("content.type", hasItem("SUPERVISION_ORDER_ANSWERED"));

        driver.issueOrder("inspector.xixia", number, Map.of("instructions", "请尽快答复投诉人。"));
        assertThat(driver.orders("inspector.xixia", number).getList("content.sequence", Integer.class))
                .containsExactly(1, 2);

        driver.replied(number, "handler.xixia", "leader.xixia");
        assertThat(driver.runningSupervisions(number)).isZero();
        assertThat(driver.orders("inspector.xixia", number).getList("content.status"))
                .containsExactly("ANSWERED", "CLOSED");
        List<String> timeline = driver.timeline(number);
        assertThat(timeline.subList(timeline.indexOf("SUPERVISION_STARTED"), timeline.size()))
                .containsExactly(
                        "SUPERVISION_STARTED",
                        "SUPERVISION_ORDER_ISSUED",
                        "SUPERVISION_ORDER_ANSWERED",
                        "SUPERVISION_ORDER_ISSUED",
                        "REPLY_DRAFTED",
                        "REPLY_APPROVED",
                        "SUPERVISION_RESOLVED",
                        "REPLIED");
    }

    @Test
    void aSupervisionOfTheSignForStageEndsWhenTheBureauSignsFor() {
        String number = driver.dispatched("640202", "TRAFFIC");
        // 1 working day from 06-01: due at the end of 06-02
        driver.overdueAt(number, ComplaintProcess.Boundary.SIGN_FOR_OVERDUE, "2026-06-03T09:00");
        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey(SupervisionDriver.SUPERVISION)
                        .processInstanceBusinessKey(number)
                        .taskCandidateGroup("inspector@psb-640202")
                        .count())
                .isOne();
        driver.issueOrder("inspector.dawukou", number, Map.of("instructions", "请立即签收。"));

        driver.act("handler.dawukou", number, "sign-for", Map.of());

        assertThat(driver.runningSupervisions(number)).isZero();
        assertThat(driver.orders("inspector.dawukou", number).getList("content.status"))
                .containsExactly("CLOSED");
        assertThat(driver.timeline(number))
                .containsSubsequence(
                        "SIGN_FOR_OVERDUE",
                        "SUPERVISION_STARTED",
                        "SUPERVISION_ORDER_ISSUED",
                        "SIGNED_FOR",
                        "SUPERVISION_RESOLVED");
        api.as("handler.dawukou").get("/notifications").then().body("content.type", hasItem("SUPERVISION_RESOLVED"));
    }

    @Test
    void aCityInspectorFlagsACaseBeforeItIsOverdueAndTheReplyResolvesIt() {
        String number = driver.signedFor("640106", "POLICE_CONDUCT", "handler.jinfeng");

        api.as("inspector.yinchuan")
                .body(Map.of("reason", "媒体关注，挂牌督办。"))
                .post("/supervision/cases/{number}/flag", number)
                .then()
                .statusCode(204);
        assertThat(driver.runningSupervisions(number)).isOne();
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(number)
                        .taskCandidateGroup("inspector@psb-640100")
                        .count())
                .isOne();
        api.as("inspector.yinchuan")
                .body(Map.of("reason", "再次挂牌"))
                .post("/supervision/cases/{number}/flag", number)
                .then()
                .statusCode(409)
                .body("code", is("supervision.already-running"));
        // the county's own inspectors are not the level of this supervision
        api.as("inspector.jinfeng")
                .body(Map.of("instructions", "请办理。"))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(403);

        JsonPath order = driver.issueOrder("inspector.yinchuan", number, Map.of("instructions", "请五日内报告进展。"));
        assertThat(order.getBoolean("flagged")).isTrue();
        assertThat(order.getString("level.code")).isEqualTo("psb-640100");
        assertThat(order.getString("bureau.code")).isEqualTo("psb-640106");
        driver.answer("handler.jinfeng", number, "正在调查，已约谈涉事民警。");

        // running overdue while flagged: the flagged supervision goes on, no second one starts
        driver.overdueAt(number, ComplaintProcess.Boundary.HANDLING_OVERDUE, "2026-08-03T09:00");
        assertThat(driver.runningSupervisions(number)).isOne();

        driver.replied(number, "handler.jinfeng", "leader.jinfeng");
        assertThat(driver.runningSupervisions(number)).isZero();
        assertThat(driver.timeline(number))
                .containsSubsequence(
                        "SIGNED_FOR",
                        "SUPERVISION_STARTED",
                        "SUPERVISION_ORDER_ISSUED",
                        "SUPERVISION_ORDER_ANSWERED",
                        "HANDLING_OVERDUE",
                        "SUPERVISION_RESOLVED",
                        "REPLIED");
        assertThat(driver.timeline(number)).containsOnlyOnce("SUPERVISION_STARTED");

        // the callback is the petition office's stage: flagged, the office answers for it through its clerks
        api.as("inspector.yinchuan")
                .body(Map.of("reason", "回访滞后"))
                .post("/supervision/cases/{number}/flag", number)
                .then()
                .statusCode(204);
        JsonPath callbackOrder = driver.issueOrder("inspector.yinchuan", number, Map.of("instructions", "请尽快回访。"));
        assertThat(callbackOrder.getString("bureau.code")).isEqualTo("petition-640000");
        assertThat(driver.openSupervisionTask(number).getTaskDefinitionKey())
                .isEqualTo(SupervisionProcess.Step.ANSWER_ORDER.taskKey());
        driver.answer("clerk", number, "已安排今日回访。");
        driver.act("clerk", number, "callback", Map.of("result", "SATISFIED"));
        assertThat(driver.runningSupervisions(number))
                .as("the callback ends it")
                .isZero();

        api.as("inspector.yinchuan")
                .body(Map.of("reason", "已办结"))
                .post("/supervision/cases/{number}/flag", number)
                .then()
                .statusCode(409)
                .body("code", is("supervision.no-running-limit"));
    }

    /** 整改方案: the answer may set out a rectification plan with its day; the order keeps both for the inspectors. */
    @Test
    void anAnswerMayCarryARectificationPlanWithTheDayItIsDoneBy() {
        String number = driver.signedFor("640105", "HOUSEHOLD_REGISTRATION", "handler.xixia");
        driver.overdueAt(number, ComplaintProcess.Boundary.HANDLING_OVERDUE, "2026-06-09T10:00");
        driver.issueOrder("inspector.xixia", number, Map.of("instructions", "请提出整改方案。"));

        answer(number, Map.of("answer", "已核实", "plan", "开展窗口服务整改"))
                .spec(Problems.invalidField("planDue", "constraint.NotBlank"));
        answer(number, Map.of("answer", "已核实", "planDue", "2026-06-30"))
                .spec(Problems.invalidField("plan", "constraint.NotBlank"));
        answer(number, Map.of("answer", "已核实", "plan", "开展窗口服务整改", "planDue", "2026-06-09"))
                .spec(Problems.invalidField("planDue", "constraint.future-day"));
        answer(number, Map.of("answer", "已核实", "plan", "开展窗口服务整改", "planDue", "6月底"))
                .spec(Problems.invalidField("planDue", "constraint.unreadable"));

        answer(number, Map.of("answer", "已核实，正在整改", "plan", "开展窗口服务整改，约谈当事民警", "planDue", "2026-06-30"))
                .statusCode(204);

        JsonPath orders = driver.orders("inspector.xixia", number);
        assertThat(orders.getString("content[0].plan")).isEqualTo("开展窗口服务整改，约谈当事民警");
        assertThat(orders.getString("content[0].planDueAt"))
                .as("to the end of the plan's day")
                .isEqualTo(beijing("2026-07-01T00:00").toString());
        assertThat(driver.timeline(number)).endsWith("SUPERVISION_ORDER_ANSWERED");

        // followed up once its day has passed: the inspectors check, the unit reports
        time.stopAt(beijing("2026-06-30T23:59"));
        plans.followUpDue();
        assertThat(driver.timeline(number)).doesNotContain("SUPERVISION_PLAN_DUE");
        time.stopAt(beijing("2026-07-01T00:00"));
        plans.followUpDue();
        plans.followUpDue();
        assertThat(driver.timeline(number)).containsOnlyOnce("SUPERVISION_PLAN_DUE");
        assertThat(Told.typesAbout(api, "inspector.xixia", number)).contains("SUPERVISION_PLAN_DUE");
        assertThat(Told.typesAbout(api, "handler.xixia", number)).contains("SUPERVISION_PLAN_DUE");
    }

    io.restassured.response.ValidatableResponse answer(String number, Map<String, String> body) {
        return api.as("handler.xixia")
                .body(body)
                .post("/complaints/{number}/supervision-answer", number)
                .then();
    }

    /**
     * The inspectors' own limit: two working days to issue an order once the supervision opens (warned 4 office
     * hours before; overdue, the level above is told too); and the bureau's yellow card before its order is due.
     */
    @Test
    void theInspectorsHaveTwoWorkingDaysToIssueAnOrderAndTheBureauIsWarnedBeforeItsOrderIsDue() {
        String number = driver.signedFor("640105", "HOUSEHOLD_REGISTRATION", "handler.xixia");
        driver.overdueAt(number, ComplaintProcess.Boundary.HANDLING_OVERDUE, "2026-06-09T10:00");
        // from Tuesday 06-09 10:00: 06-10 and 06-11, to the end of 06-11
        assertThat(time.timers(SupervisionProcess.KEY, number))
                .containsExactly(
                        entry(SupervisionProcess.Boundary.ISSUE_WARNING, beijing("2026-06-11T11:30")),
                        entry(SupervisionProcess.Boundary.ISSUE_OVERDUE, beijing("2026-06-12T00:00")));
        time.stopAt(beijing("2026-06-12T00:00"));
        assertThat(time.fireDueTimers(SupervisionProcess.KEY, number))
                .containsExactly(SupervisionProcess.Boundary.ISSUE_WARNING, SupervisionProcess.Boundary.ISSUE_OVERDUE);
        assertThat(driver.timeline(number))
                .containsSubsequence("SUPERVISION_STARTED", "SUPERVISION_ISSUE_WARNING", "SUPERVISION_ISSUE_OVERDUE");
        assertThat(Told.typesAbout(api, "inspector.xixia", number))
                .contains("SUPERVISION_ISSUE_WARNING", "SUPERVISION_ISSUE_OVERDUE");
        assertThat(Told.typesAbout(api, "inspector.yinchuan", number))
                .as("the level above")
                .contains("SUPERVISION_ISSUE_OVERDUE")
                .doesNotContain("SUPERVISION_ISSUE_WARNING");

        time.stopAt(beijing("2026-06-12T09:00"));
        driver.issueOrder("inspector.xixia", number, Map.of("instructions", "请尽快办结。"));
        // 5 working days from Friday 06-12: 06-15 to 06-18 and 06-22 (06-19 is the Dragon Boat Festival)
        assertThat(time.timers(SupervisionProcess.KEY, number))
                .containsExactly(
                        entry(SupervisionProcess.Boundary.ORDER_WARNING, beijing("2026-06-22T00:00")),
                        entry(SupervisionProcess.Boundary.ORDER_MISSED, beijing("2026-06-23T00:00")));
        time.stopAt(beijing("2026-06-22T00:00"));
        assertThat(time.fireDueTimers(SupervisionProcess.KEY, number))
                .containsExactly(SupervisionProcess.Boundary.ORDER_WARNING);
        assertThat(driver.openSupervisionTask(number).getTaskDefinitionKey())
                .isEqualTo(SupervisionProcess.Step.ANSWER_ORDER.taskKey());
        assertThat(driver.timeline(number)).endsWith("SUPERVISION_ORDER_WARNING");
        assertThat(Told.typesAbout(api, "handler.xixia", number)).contains("SUPERVISION_ORDER_WARNING");
    }

    /** The inspectors' two working days to issue an order, the supervision opening just before each holiday. */
    @ParameterizedTest
    @CsvSource({
        "2026-02-13T10:00, 2026-02-24T11:30, 2026-02-25T00:00",
        "2026-09-30T10:00, 2026-10-09T11:30, 2026-10-10T00:00"
    })
    void anOrderIsDueTwoWorkingDaysOnAcrossTheHolidays(String overdueAt, String warningAt, String dueAt) {
        String number = driver.signedFor("640105", "HOUSEHOLD_REGISTRATION", "handler.xixia");
        driver.overdueAt(number, ComplaintProcess.Boundary.HANDLING_OVERDUE, overdueAt);

        assertThat(time.timers(SupervisionProcess.KEY, number))
                .containsExactly(
                        entry(SupervisionProcess.Boundary.ISSUE_WARNING, beijing(warningAt)),
                        entry(SupervisionProcess.Boundary.ISSUE_OVERDUE, beijing(dueAt)));
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }

    @Test
    void aBureauThatNeverTookTheCaseUpAnswersForItAndTheCityConcludesTheRecord() {
        String number = driver.dispatched("640205", "PUBLIC_ORDER");
        driver.overdueAt(number, ComplaintProcess.Boundary.SIGN_FOR_OVERDUE, "2026-06-03T09:00");
        driver.issueOrder("inspector.huinong", number, Map.of("instructions", "请立即签收办理。", "workingDays", 1));
        driver.orderDeadlinePasses(number);
        driver.orderDeadlinePasses(number);

        JsonPath records = api.as("inspector.shizuishan")
                .queryParam("trackingNumber", number)
                .get("/supervision/accountability")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(records.getList("content")).hasSize(1);
        assertThat(records.getString("content[0].unit.code")).isEqualTo("psb-640205");
        assertThat(records.getString("content[0].handler")).isNull();
        assertThat(records.getString("content[0].facts")).contains("SIGN_FOR 1 working day", "nobody took the case up");
        long id = records.getLong("content[0].id");
        // the top of the chain: the province presses on
        assertThat(driver.orders("inspector", number).getList("content.level.code"))
                .containsExactly("psb-640205", "psb-640200", "psb-640000");

        api.as("inspector.huinong")
                .body(Map.of("outcome", "约谈"))
                .post("/supervision/accountability/{id}/conclusion", id)
                .then()
                .statusCode(403);
        api.as("inspector.yinchuan")
                .body(Map.of("outcome", "约谈"))
                .post("/supervision/accountability/{id}/conclusion", id)
                .then()
                .statusCode(404);
        api.as("inspector.shizuishan")
                .body(Map.of("outcome", " "))
                .post("/supervision/accountability/{id}/conclusion", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("outcome"));
        api.as("inspector.shizuishan")
                .body(Map.of("outcome", "约谈分局负责人，全市通报。"))
                .post("/supervision/accountability/{id}/conclusion", id)
                .then()
                .statusCode(200)
                .body("status", is("CONCLUDED"))
                .body("concludedBy", is("inspector.shizuishan"));
        api.as("inspector")
                .body(Map.of("outcome", "再次认定"))
                .post("/supervision/accountability/{id}/conclusion", id)
                .then()
                .statusCode(409);
        api.as("inspector.shizuishan")
                .queryParam("status", "CONCLUDED")
                .queryParam("unit", "psb-640205")
                .get("/supervision/accountability")
                .then()
                .body("content.id", hasItem((int) id));
        assertThat(driver.timeline(number)).endsWith("ACCOUNTABILITY_CONCLUDED");

        driver.act("handler.huinong", number, "sign-for", Map.of());
        assertThat(driver.runningSupervisions(number)).isZero();
    }
}
