package org.xinfang.petition.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;
import static org.xinfang.petition.support.Logins.XIXIA;
import static org.xinfang.petition.support.Logins.XIXIA_HANDLER;
import static org.xinfang.petition.support.Logins.YINCHUAN;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.consultation.ConsultationCalls.Asked;
import org.xinfang.petition.consultation.ConsultationProcess.Activity;
import org.xinfang.petition.consultation.ConsultationProcess.Boundary;
import org.xinfang.petition.consultation.ConsultationProcess.End;
import org.xinfang.petition.consultation.ConsultationProcess.Step;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.ProcessRoute;
import org.xinfang.petition.support.ProcessRoutes;
import org.xinfang.petition.support.Told;

/**
 * Every path through processes/consultation.bpmn, driven through the API: routed by bureau-routing or by the
 * petition office, rerouted, answered, published or not, and the answer's warning and overdue timers fired on the
 * engine clock (the job executor is off in tests).
 */
class ConsultationPathsTest extends ApiTest {

    static final String WARNING = Boundary.ANSWER_WARNING;
    static final String OVERDUE = Boundary.ANSWER_OVERDUE;
    static final String ROUTE_TASK = Step.ROUTE.taskKey();
    static final String ANSWER_TASK = Step.ANSWER.taskKey();
    static final String PUBLICATION_TASK = Step.DECIDE_PUBLICATION.taskKey();

    @Autowired
    ProcessRoutes routes;

    @Autowired
    EngineTime time;

    ConsultationCalls calls;

    @BeforeEach
    void calls() {
        calls = new ConsultationCalls(api);
    }

    @Test
    void aQuestionIsRoutedByCategoryAndRegionAnsweredWithinFiveWorkingDaysAndPublished() {
        time.stopAt(PinnedClock.BASE);
        Asked asked = calls.ask(XINGQING_REGION);
        assertThat(asked.trackingNumber()).matches("ZX20260601-640104-[2-9A-HJKMNP-Z]{6}");
        assertThat(asked.queryCode()).matches("[2-9A-HJKMNP-Z]{8}");
        route(asked).isWaitingAt(ANSWER_TASK);
        assertThat(route(asked).openTask(ANSWER_TASK).getDueDate().toInstant())
                .as("5 working days from Monday 2026-06-01: 24:00 of Monday 06-08")
                .isEqualTo(beijing("2026-06-09T00:00"));
        String dueAt = calls.asAsker(asked)
                .statusCode(200)
                .body("status", equalTo("AWAITING_ANSWER"))
                .body("events.type", hasItem("ROUTED"))
                .extract()
                .path("dueAt");
        assertThat(Instant.parse(dueAt)).isEqualTo(beijing("2026-06-09T00:00"));

        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .statusCode(204);
        calls.asAsker(asked)
                .statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("answer", equalTo(ConsultationCalls.ANSWER));
        calls.publication(XINGQING_LEADER, asked.trackingNumber(), true, null, null)
                .statusCode(204);

        route(asked)
                .isEndedAt(End.PUBLISHED)
                .hasPassed(Activity.ROUTE_BY_CATEGORY, Activity.PUBLISH)
                .hasNotPassed(ROUTE_TASK, Activity.CLOSE_UNPUBLISHED, WARNING, OVERDUE);
        calls.asAsker(asked)
                .body("status", equalTo("PUBLISHED"))
                .body("published", equalTo(true))
                .body("events.type", equalTo(List.of("ASKED", "ROUTED", "ANSWERED", "PUBLISHED")));
        JsonPath published = calls.publicList(100);
        assertThat(published.getList("content.trackingNumber")).contains(asked.trackingNumber());
        assertThat(published.getString(
                        "content.find { it.trackingNumber == '%s' }.question".formatted(asked.trackingNumber())))
                .isEqualTo(ConsultationCalls.QUESTION);
        calls.detail(CLERK, asked.trackingNumber())
                .body("department", equalTo(XINGQING))
                .body("answeredBy", equalTo(XINGQING_HANDLER))
                .body("publishedAt", not(nullValue()));
    }

    @Test
    void exitEntryQuestionsGoToTheCityBureau() {
        Asked asked = calls.ask("EXIT_ENTRY", XINGQING_REGION, null, "护照到期了怎么换发？");
        calls.detail(CLERK, asked.trackingNumber()).body("department", equalTo(YINCHUAN));
        assertThat(route(asked).openTask(ANSWER_TASK).getDueDate()).isNotNull();
    }

    @Test
    void anAnswerTheDeciderKeepsUnpublishedClosesTheConsultationOffThePublicList() {
        Asked asked = calls.ask(XINGQING_REGION);
        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .statusCode(204);
        calls.publication(CLERK, asked.trackingNumber(), false, null, null).statusCode(204);

        route(asked).isEndedAt(End.CLOSED).hasNotPassed(Activity.PUBLISH);
        calls.asAsker(asked)
                .body("status", equalTo("CLOSED"))
                .body("published", equalTo(false))
                .body("answer", equalTo(ConsultationCalls.ANSWER));
        assertThat(calls.publicList(100).getList("content.trackingNumber")).doesNotContain(asked.trackingNumber());
    }

    @Test
    void aQuestionAboutNoPlaceWaitsForThePetitionOfficeToRouteIt() {
        Asked asked = calls.ask(null);
        assertThat(asked.trackingNumber()).matches("ZX20260601-[2-9A-HJKMNP-Z]{6}");
        route(asked).isWaitingAt(ROUTE_TASK);
        calls.asAsker(asked).body("status", equalTo("ROUTING"));
        assertThat(calls.queue(XIXIA_HANDLER).getList("content.trackingNumber")).doesNotContain(asked.trackingNumber());

        calls.reroute(CLERK, asked.trackingNumber(), XIXIA, null).statusCode(204);

        route(asked).isWaitingAt(ANSWER_TASK).hasPassed(ROUTE_TASK);
        assertThat(calls.queue(XIXIA_HANDLER).getList("content.trackingNumber")).contains(asked.trackingNumber());
        calls.answer(XIXIA_HANDLER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .statusCode(204);
    }

    @Test
    void theOfficeReroutesAWaitingQuestionAndTheNewDepartmentGetsAFreshLimit() {
        time.stopAt(PinnedClock.BASE);
        Asked asked = calls.ask(XINGQING_REGION);
        time.stopAt(beijing("2026-06-03T10:00"));

        calls.reroute(CLERK, asked.trackingNumber(), JINFENG, "问题涉及金凤区户籍业务").statusCode(204);

        route(asked)
                .isWaitingAt(ANSWER_TASK)
                .hasPassed(Boundary.REROUTED, Activity.RECORD_REROUTE)
                .hasPassed(Activity.START_ANSWER_CLOCK, 2);
        assertThat(time.timers(ConsultationProcess.KEY, asked.trackingNumber()))
                .as("the old timers went with the old task")
                .containsExactly(
                        entry(WARNING, beijing("2026-06-10T00:00")), entry(OVERDUE, beijing("2026-06-11T00:00")));
        calls.detail(XINGQING_HANDLER, asked.trackingNumber()).statusCode(404);
        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .statusCode(404);
        calls.detail(CLERK, asked.trackingNumber())
                .body("department", equalTo(JINFENG))
                .body(
                        "timeline.find { it.type == 'REROUTED' }.comment",
                        equalTo("from %s to %s: 问题涉及金凤区户籍业务".formatted(XINGQING, JINFENG)));
        calls.answer(JINFENG_HANDLER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .statusCode(204);
        assertThat(runtimeVariables(asked)).doesNotContainKey("reason");
    }

    @Test
    void theWarningAndOverdueTimersRecordEventsAndTellTheDepartmentWhileTheQuestionStaysOpen() {
        time.stopAt(PinnedClock.BASE);
        Asked asked = calls.ask(XINGQING_REGION);
        try {
            assertThat(time.timers(ConsultationProcess.KEY, asked.trackingNumber()))
                    .containsExactly(
                            entry(WARNING, beijing("2026-06-08T00:00")), entry(OVERDUE, beijing("2026-06-09T00:00")));
            time.stopAt(beijing("2026-06-07T23:59:59"));
            assertThat(time.fireDueTimers(ConsultationProcess.KEY, asked.trackingNumber()))
                    .isEmpty();
            time.stopAt(beijing("2026-06-08T00:00"));
            assertThat(time.fireDueTimers(ConsultationProcess.KEY, asked.trackingNumber()))
                    .containsExactly(WARNING);
            time.stopAt(beijing("2026-06-09T00:00"));
            assertThat(time.fireDueTimers(ConsultationProcess.KEY, asked.trackingNumber()))
                    .containsExactly(OVERDUE);
        } finally {
            time.stopAt(beijing("2026-06-09T09:00"));
        }

        route(asked)
                .isWaitingAt(ANSWER_TASK)
                .hasPassed(
                        Activity.RECORD_ANSWER_WARNING,
                        End.WARNED,
                        Activity.RECORD_ANSWER_OVERDUE,
                        End.OVERDUE_RECORDED);
        calls.detail(CLERK, asked.trackingNumber())
                .body("timeline.type", equalTo(List.of("ASKED", "ROUTED", "ANSWER_WARNING", "ANSWER_OVERDUE")))
                .body("timeline.find { it.type == 'ANSWER_OVERDUE' }.comment", equalTo("due 2026-06-09 00:00"));
        calls.asAsker(asked).body("events.type", equalTo(List.of("ASKED", "ROUTED")));
        assertThat(Told.messages(api, XINGQING_HANDLER))
                .contains(
                        "【临期预警】咨询 %s 须于 2026-06-09 00:00 前答复".formatted(asked.trackingNumber()),
                        "【超期】咨询 %s 未于 2026-06-09 00:00 前答复，已超期".formatted(asked.trackingNumber()));

        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .statusCode(204);
        route(asked).isWaitingAt(PUBLICATION_TASK);
    }

    /**
     * The office's routing (one working day, warned 4 office hours before) and the publication decision (5 working
     * days, warned one before) run on clocks of their own: each warned and marked overdue while its task waits, and
     * whoever the task waits for told.
     */
    @Test
    void theOfficesRoutingAndThePublicationDecisionAreWarnedAndMarkedOverdueWhileTheyWait() {
        time.stopAt(PinnedClock.BASE);
        Asked asked = calls.ask(null);
        String number = asked.trackingNumber();
        assertThat(time.timers(ConsultationProcess.KEY, number))
                .containsExactly(
                        entry(Boundary.ROUTING_WARNING, beijing("2026-06-02T11:30")),
                        entry(Boundary.ROUTING_OVERDUE, beijing("2026-06-03T00:00")));
        assertThat(route(asked).openTask(ROUTE_TASK).getDueDate().toInstant()).isEqualTo(beijing("2026-06-03T00:00"));
        time.stopAt(beijing("2026-06-02T11:30"));
        assertThat(time.fireDueTimers(ConsultationProcess.KEY, number)).containsExactly(Boundary.ROUTING_WARNING);
        time.stopAt(beijing("2026-06-03T00:00"));
        assertThat(time.fireDueTimers(ConsultationProcess.KEY, number)).containsExactly(Boundary.ROUTING_OVERDUE);
        route(asked)
                .isWaitingAt(ROUTE_TASK)
                .hasPassed(
                        Activity.RECORD_ROUTING_WARNING,
                        End.ROUTING_WARNED,
                        Activity.RECORD_ROUTING_OVERDUE,
                        End.ROUTING_OVERDUE);
        assertThat(Told.messages(api, CLERK))
                .contains(
                        "【临期预警】咨询 %s 须于 2026-06-03 00:00 前指定答复部门".formatted(number),
                        "【超期】咨询 %s 未于 2026-06-03 00:00 前指定答复部门，已超期".formatted(number));

        time.stopAt(beijing("2026-06-03T09:00"));
        calls.reroute(CLERK, number, XIXIA, null).statusCode(204);
        calls.answer(XIXIA_HANDLER, number, ConsultationCalls.ANSWER).statusCode(204);
        // 5 working days from Wednesday 06-03: 06-04, 05, 08, 09, 10
        assertThat(time.timers(ConsultationProcess.KEY, number))
                .containsExactly(
                        entry(Boundary.PUBLICATION_WARNING, beijing("2026-06-10T00:00")),
                        entry(Boundary.PUBLICATION_OVERDUE, beijing("2026-06-11T00:00")));
        time.stopAt(beijing("2026-06-11T00:00"));
        assertThat(time.fireDueTimers(ConsultationProcess.KEY, number))
                .containsExactly(Boundary.PUBLICATION_WARNING, Boundary.PUBLICATION_OVERDUE);
        route(asked)
                .isWaitingAt(PUBLICATION_TASK)
                .hasPassed(Activity.RECORD_PUBLICATION_WARNING, Activity.RECORD_PUBLICATION_OVERDUE);
        assertThat(calls.detail(CLERK, number).extract().jsonPath().getList("timeline.type", String.class))
                .containsSubsequence(
                        "ASKED",
                        "ROUTING_WARNING",
                        "ROUTING_OVERDUE",
                        "ROUTED",
                        "ANSWERED",
                        "PUBLICATION_WARNING",
                        "PUBLICATION_OVERDUE");
        String overdue = "【超期】咨询 %s 未于 2026-06-11 00:00 前决定是否公开，已超期".formatted(number);
        assertThat(Told.messages(api, CLERK)).contains(overdue);
        assertThat(Told.messages(api, "leader.xixia")).contains(overdue);
        calls.asAsker(asked).body("events.type", not(hasItem("PUBLICATION_OVERDUE")));
    }

    /** The office's routing: one working day, warned 4 office hours before, asked just before each holiday. */
    @ParameterizedTest
    @CsvSource({
        "2026-02-13T09:00, 2026-02-14T11:30, 2026-02-15T00:00",
        "2026-09-30T09:00, 2026-10-08T11:30, 2026-10-09T00:00"
    })
    void routingIsDueOneWorkingDayOnAcrossTheHolidays(String askedAt, String warningAt, String dueAt) {
        time.stopAt(beijing(askedAt));
        Asked asked = calls.ask(null);

        assertThat(time.timers(ConsultationProcess.KEY, asked.trackingNumber()))
                .containsExactly(
                        entry(Boundary.ROUTING_WARNING, beijing(warningAt)),
                        entry(Boundary.ROUTING_OVERDUE, beijing(dueAt)));
    }

    ProcessRoute route(Asked asked) {
        return routes.of(ConsultationProcess.KEY, asked.trackingNumber());
    }

    Map<String, Object> runtimeVariables(Asked asked) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceId(route(asked).processInstanceId())
                .singleResult();
        return taskService.getVariables(task.getId());
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
