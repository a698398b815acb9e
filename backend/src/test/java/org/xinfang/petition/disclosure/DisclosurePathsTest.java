package org.xinfang.petition.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.disclosure.DisclosureProcess.Activity;
import org.xinfang.petition.disclosure.DisclosureProcess.End;
import org.xinfang.petition.disclosure.DisclosureProcess.Flow;
import org.xinfang.petition.disclosure.DisclosureProcess.Step;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.ProcessRoute;
import org.xinfang.petition.support.ProcessRoutes;

/**
 * Every path through processes/reply-disclosure.bpmn: a proposal reviewed and approved (published), reviewed and
 * refused; and the same rules when the review is completed through the engine's own REST API, as Tasklist would:
 * the proposer may not complete it, the public texts are screened, a refusal needs its reason.
 */
class DisclosurePathsTest extends ApiTest {

    static final String REVIEW = Step.REVIEW.taskKey();

    @Autowired
    ProcessRoutes routes;

    @Autowired
    EngineTime time;

    private String replied() {
        String number = complaints.file();
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", "经调查核实，已依法处理。"));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        return number;
    }

    private long propose(String login, String number) {
        return ((Number) api.as(login)
                        .body(Map.of("reason", "典型案例"))
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

        route(number).isEndedAt(End.PUBLISHED).hasPassed(REVIEW, Activity.PUBLISH, Flow.APPROVED);
        route(number).hasNotPassed(End.REFUSED, Flow.REFUSED);
        assertThat(status(id)).isEqualTo("PUBLISHED");
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

        route(number).isEndedAt(End.REFUSED).hasPassed(REVIEW, Flow.REFUSED);
        route(number).hasNotPassed(Activity.PUBLISH, End.PUBLISHED);
        assertThat(status(id)).isEqualTo("REFUSED");
    }

    /** Through /engine-rest, as Tasklist completes it: the same four eyes, screen and required reason. */
    @Test
    void theEnginesOwnRestApiKeepsTheSameRules() {
        String both = "tasklist." + UUID.randomUUID().toString().substring(0, 8);
        api.as(ADMIN)
                .body(Map.of(
                        "username",
                        both,
                        "displayName",
                        "省厅信访兼督察",
                        "password",
                        Api.PASSWORD,
                        "unit",
                        "psb-640000",
                        "roles",
                        List.of("CLERK", "INSPECTOR")))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        String number = replied();
        long id = propose(both, number);
        Task review = route(number).openTask(REVIEW);

        api.engineRestAs(both)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", both))
                .post("/task/{id}/claim", review.getId())
                .then()
                .statusCode(403);
        complete(both, review, Map.of("disclosureApproved", true)).then().statusCode(403);
        complete(INSPECTOR, review, Map.of("disclosureApproved", false)).then().statusCode(400);
        complete(INSPECTOR, review, Map.of("disclosureApproved", true, "publicReply", "请拨打 13812345678 咨询"))
                .then()
                .statusCode(400);
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
        return api.engineRestAs(login)
                .contentType(ContentType.JSON)
                .body(Map.of("variables", variables))
                .post("/task/{id}/complete", task.getId());
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
