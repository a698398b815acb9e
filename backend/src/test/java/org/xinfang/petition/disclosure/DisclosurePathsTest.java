package org.xinfang.petition.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.hasItems;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.disclosure.DisclosureProcess.Activity;
import org.xinfang.petition.disclosure.DisclosureProcess.Boundary;
import org.xinfang.petition.disclosure.DisclosureProcess.End;
import org.xinfang.petition.disclosure.DisclosureProcess.Step;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.ProcessRoute;
import org.xinfang.petition.support.ProcessRoutes;
import org.xinfang.petition.support.WebappSession;

/**
 * Every path through processes/reply-disclosure.bpmn: a proposal reviewed and approved (published), reviewed and
 * refused; and the same rules when the review is claimed and completed in Tasklist (the webapps' engine API): the
 * proposer may neither claim nor complete it, the public texts are screened, a refusal needs its reason.
 */
class DisclosurePathsTest extends ApiTest {

    static final String REVIEW = Step.REVIEW.taskKey();

    @Autowired
    ProcessRoutes routes;

    @Autowired
    EngineTime time;

    @LocalServerPort
    int port;

    private String replied() {
        String number = complaints.file();
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", "经调查核实，已依法处理。"));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        return number;
    }

    private static final String PASSWORD = "Tasklist-pass-1";

    private long propose(String login, String number) {
        return propose(api.as(login), number);
    }

    private long propose(RequestSpecification proposer, String number) {
        return ((Number) proposer.body(Map.of("reason", "典型案例"))
                        .post("/complaints/{n}/disclosures", number)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    @Test
    void aProposalApprovedInItsReviewIsPublishedWithinFiveWorkingDays() {
        time.stopAt(PinnedClock.BASE);
        String number = replied();
        long id = propose(CLERK, number);

        route(number).isWaitingAt(REVIEW);
        assertThat(route(number).openTask(REVIEW).getDueDate().toInstant())
                .as("5 working days from Monday 2026-06-01: 24:00 of Monday 06-08")
                .isEqualTo(beijing("2026-06-09T00:00"));
        api.as(INSPECTOR)
                .body(Map.of("approve", true))
                .post("/disclosures/{id}/review", id)
                .then()
                .statusCode(200);

        route(number)
                .isEndedAt(End.PUBLISHED)
                .hasPassed(REVIEW, Activity.PUBLISH)
                .hasNotPassed(End.REFUSED);
        assertThat(status(id)).isEqualTo("PUBLISHED");
    }

    /** The review's own limit: warned one working day before, marked overdue at it, the inspectors told of both. */
    @Test
    void aReviewLeftWaitingIsWarnedThenMarkedOverdueAndTheInspectorsAreTold() {
        time.stopAt(PinnedClock.BASE);
        String number = replied();
        propose(CLERK, number);
        Instant warning = beijing("2026-06-08T00:00");
        Instant due = beijing("2026-06-09T00:00");
        assertThat(time.timers(DisclosureProcess.KEY, number))
                .containsExactly(entry(Boundary.REVIEW_WARNING, warning), entry(Boundary.REVIEW_OVERDUE, due));

        time.stopAt(warning);
        assertThat(time.fireDueTimers(DisclosureProcess.KEY, number)).containsExactly(Boundary.REVIEW_WARNING);
        time.stopAt(due);
        assertThat(time.fireDueTimers(DisclosureProcess.KEY, number)).containsExactly(Boundary.REVIEW_OVERDUE);

        route(number).isWaitingAt(REVIEW).hasPassed(End.REVIEW_WARNED, End.REVIEW_OVERDUE);
        assertThat(complaints.detail(number).getList("timeline.type"))
                .containsSubsequence("DISCLOSURE_REVIEW_WARNING", "DISCLOSURE_REVIEW_OVERDUE");
        api.as(INSPECTOR)
                .queryParam("size", 100)
                .get("/notifications")
                .then()
                .statusCode(200)
                .body(
                        "content.findAll { it.message.contains('" + number + "') }.type",
                        hasItems("DISCLOSURE_REVIEW_WARNING", "DISCLOSURE_REVIEW_OVERDUE"));
    }

    /** 5 working days, warned one before, proposed on each side of Spring Festival and of National Day 2026. */
    @ParameterizedTest
    @CsvSource({
        "2026-02-13T09:00, 2026-02-27T00:00, 2026-02-28T00:00",
        "2026-09-30T09:00, 2026-10-13T00:00, 2026-10-14T00:00"
    })
    void theReviewIsDueFiveWorkingDaysOnAcrossTheHolidays(String proposedAt, String warningAt, String dueAt) {
        time.stopAt(beijing(proposedAt));
        String number = replied();
        propose(CLERK, number);

        assertThat(time.timers(DisclosureProcess.KEY, number))
                .containsExactly(
                        entry(Boundary.REVIEW_WARNING, beijing(warningAt)),
                        entry(Boundary.REVIEW_OVERDUE, beijing(dueAt)));
    }

    @Test
    void aProposalRefusedInItsReviewIsNeverPublished() {
        String number = replied();
        long id = propose(CLERK, number);

        api.as(INSPECTOR)
                .body(Map.of("approve", false, "reason", "涉及第三方，不宜公开"))
                .post("/disclosures/{id}/review", id)
                .then()
                .statusCode(200);

        route(number).isEndedAt(End.REFUSED).hasPassed(REVIEW).hasNotPassed(Activity.PUBLISH, End.PUBLISHED);
        assertThat(status(id)).isEqualTo("REFUSED");
    }

    /** In Tasklist: the same four eyes, screen and required reason. */
    @Test
    void tasklistKeepsTheSameRules() {
        String both = "tasklist." + UUID.randomUUID().toString().substring(0, 8);
        api.as(ADMIN)
                .body(Map.of(
                        "username",
                        both,
                        "displayName",
                        "省厅信访兼督察",
                        "password",
                        PASSWORD,
                        "unit",
                        "psb-640000",
                        "roles",
                        List.of("CLERK", "INSPECTOR")))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        String number = replied();
        long id = propose(api.anonymous().auth().preemptive().basic(both, PASSWORD), number);
        Task review = route(number).openTask(REVIEW);

        tasklist(both)
                .enginePost()
                .body(Map.of("userId", both))
                .post("/task/{id}/claim", review.getId())
                .then()
                .spec(problem(403, "disclosure.own-proposal"));
        complete(both, review, Map.of("disclosureApproved", true)).then().spec(problem(403, "disclosure.own-proposal"));
        complete(INSPECTOR, review, Map.of("disclosureApproved", false))
                .then()
                .spec(invalidField("reason", "constraint.required-for-decision"));
        complete(INSPECTOR, review, Map.of("disclosureApproved", true, "publicReply", "请拨打 13812345678 咨询"))
                .then()
                .spec(invalidField("publicReply", "constraint.personal-data"));
        route(number).isWaitingAt(REVIEW);

        complete(INSPECTOR, review, Map.of("disclosureApproved", true, "publicReply", "已依法处理。"))
                .then()
                .statusCode(204);
        route(number).isEndedAt(End.PUBLISHED);
        assertThat(status(id)).isEqualTo("PUBLISHED");
    }

    private Response complete(String login, Task task, Map<String, Object> input) {
        Map<String, Object> variables = new HashMap<>();
        input.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return tasklist(login)
                .enginePost()
                .body(Map.of("variables", variables))
                .post("/task/{id}/complete", task.getId());
    }

    /** Signed in to Tasklist as the demo staff, or as the officer of this test with a password of their own. */
    private WebappSession tasklist(String login) {
        WebappSession session = new WebappSession(port);
        session.logIn("tasklist", login, login.startsWith("tasklist.") ? PASSWORD : Api.PASSWORD)
                .then()
                .statusCode(200);
        return session;
    }

    private String status(long id) {
        return api.as(CLERK)
                .get("/disclosures/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private ProcessRoute route(String number) {
        return routes.of(DisclosureProcess.KEY, number);
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
