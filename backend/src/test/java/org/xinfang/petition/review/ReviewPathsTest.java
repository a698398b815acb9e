package org.xinfang.petition.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.YINCHUAN_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.evaluation.RatedReplies;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.process.ReviewProcess;
import org.xinfang.petition.process.ReviewProcess.Boundary;
import org.xinfang.petition.process.ReviewProcess.End;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PinnedClock;

/**
 * 复查 and 复核, the three-level end, path by path of {@code complaint-review.bpmn}: a closed case waits for a request
 * within 30 days of its written opinion; the body above the bureau reviews it, the body above that re-reviews it, and
 * the matter is closed for good; a window that passes ends the way; a review with no body above closes it for good.
 */
class ReviewPathsTest extends ApiTest {

    static final String PROVINCE_HANDLER = "handler.ningxia";
    static final String WHY = "答复没有回应我提出的民警态度问题";
    static final String OPINION = "经复查，原处理意见认定事实清楚，处理恰当。";

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    /** A web complaint of 兴庆区, replied and closed by a satisfied callback: the way to a review opens. */
    Filed closed() {
        Filed filed = new RatedReplies(api).replied();
        complaints.act(CLERK, filed.number(), "callback", Map.of("result", "SATISFIED"));
        return filed;
    }

    @Test
    void aClosedCaseWaitsForAReviewRequestForThirtyDaysFromTheReply() {
        Instant replied = time.now();
        Filed filed = closed();

        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("CLOSED");
        // 30 days from Monday 2026-06-01, the first not counted: 07-01 ends at 24:00
        Instant windowEnds = beijing("2026-07-02T00:00");
        assertThat(time.timers(ReviewProcess.KEY, filed.number()))
                .containsExactly(Map.entry(Boundary.REVIEW_WINDOW, windowEnds));
        JsonPath lookup = lookup(filed);
        assertThat(lookup.getString("reviewOffer.level")).isEqualTo("REVIEW");
        assertThat(lookup.getString("reviewOffer.bodyZh")).isEqualTo("银川市公安局");
        assertThat(lookup.getString("reviewOffer.until")).isEqualTo(windowEnds.toString());
        assertThat(replied).isBefore(windowEnds);
        assertThat(outbox(filed.number())).last().asString().contains("请求复查");
    }

    @Test
    void reviewThenReReviewClosesTheMatterForGood() {
        Filed filed = closed();

        ask(filed, WHY).statusCode(201).body("level", equalTo("REVIEW"));
        Task review = task(filed.number(), Level.REVIEW);
        assertThat(candidates(review)).containsExactlyInAnyOrder("handler@psb-640100", "bureau-leader@psb-640100");
        Instant due = beijing("2026-07-02T00:00");
        assertThat(review.getDueDate().toInstant()).isEqualTo(due);
        JsonPath detail = api.as(YINCHUAN_HANDLER)
                .get("/complaints/{n}", filed.number())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(detail.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(detail.getString("dueAt")).isEqualTo(due.toString());
        assertThat(detail.getList("timeline.type")).endsWith("REVIEW_REQUESTED");
        assertThat(detail.getString("timeline.find { it.type == 'REVIEW_REQUESTED' }.comment"))
                .isEqualTo(WHY);
        assertThat(lookup(filed).getString("status")).isEqualTo("IN_REVIEW");
        assertThat(lookup(filed).getList("events.type")).contains("REVIEW_REQUESTED");
        assertThat(lookup(filed).getString("reviewOffer")).isNull();

        answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", OPINION).statusCode(204);

        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("REVIEWED");
        JsonPath afterReview = lookup(filed);
        assertThat(afterReview.getString("events.find { it.type == 'REVIEW_ANSWERED' }.note"))
                .contains(OPINION);
        assertThat(afterReview.getString("reviewOffer.level")).isEqualTo("RE_REVIEW");
        assertThat(afterReview.getString("reviewOffer.bodyZh")).isEqualTo("宁夏回族自治区公安厅");
        assertThat(outbox(filed.number())).last().asString().contains("复查意见", OPINION);

        ask(filed, "复查意见仍未回应").statusCode(201).body("level", equalTo("RE_REVIEW"));
        Task reReview = task(filed.number(), Level.RE_REVIEW);
        assertThat(candidates(reReview)).containsExactlyInAnyOrder("handler@psb-640000", "bureau-leader@psb-640000");
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("IN_RE_REVIEW");

        answer(PROVINCE_HANDLER, filed.number(), "CHANGED", "经复核，责成兴庆区分局向投诉人书面道歉。")
                .statusCode(204);

        JsonPath closed = complaints.detail(filed.number());
        assertThat(closed.getString("status")).isEqualTo("CLOSED_FOR_GOOD");
        assertThat(closed.getString("dueAt")).isNull();
        assertThat(closed.getList("timeline.type"))
                .containsSubsequence(
                        "REVIEW_REQUESTED", "REVIEW_ANSWERED", "RE_REVIEW_REQUESTED", "RE_REVIEW_ANSWERED");
        assertThat(closed.getString("deadlines.find { it.stage == 'HIGHER_REVIEW' }.status"))
                .isEqualTo("ENDED");
        assertThat(closed.getString("deadlines.find { it.stage == 'RE_REVIEW' }.status"))
                .isEqualTo("ENDED");
        assertThat(endOf(filed.number())).isEqualTo(End.CLOSED_FOR_GOOD);
        assertThat(outbox(filed.number())).last().asString().contains("复核意见", "终结");
        ask(filed, "还是不服").spec(problem(409, "review.closed-for-good"));
        List<Map<String, Object>> reviews = api.as(CLERK)
                .get("/complaints/{n}/reviews", filed.number())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        assertThat(reviews).extracting(r -> r.get("level")).containsExactly("REVIEW", "RE_REVIEW");
        assertThat(reviews).extracting(r -> r.get("conclusion")).containsExactly("UPHELD", "CHANGED");
        assertThat(reviews).extracting(r -> r.get("answeredBy")).containsExactly(YINCHUAN_HANDLER, PROVINCE_HANDLER);
    }

    @Test
    void aWindowThatPassesEndsTheWayToAReview() {
        Filed filed = closed();

        time.stopAt(beijing("2026-07-02T00:00"));
        assertThat(time.fireDueTimers(ReviewProcess.KEY, filed.number())).containsExactly(Boundary.REVIEW_WINDOW);

        assertThat(endOf(filed.number())).isEqualTo(End.REVIEW_WINDOW_CLOSED);
        assertThat(lookup(filed).getString("reviewOffer")).isNull();
        ask(filed, WHY).spec(problem(409, "review.window-passed"));
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void theReviewOpinionStandsOnceItsWindowPasses() {
        Filed filed = closed();
        ask(filed, WHY).statusCode(201);
        time.stopAt(beijing("2026-06-10T10:00"));
        answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", OPINION).statusCode(204);

        // 30 days from 06-10, the first not counted: 07-10 ends at 24:00
        time.stopAt(beijing("2026-07-11T00:00"));
        assertThat(time.fireDueTimers(ReviewProcess.KEY, filed.number())).containsExactly(Boundary.RE_REVIEW_WINDOW);

        assertThat(endOf(filed.number())).isEqualTo(End.REVIEW_STANDS);
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("REVIEWED");
        ask(filed, WHY).spec(problem(409, "review.window-passed"));
    }

    @Test
    void aReviewByTheProvinceHasNoBodyAboveItAndClosesTheMatterForGood() {
        String number = complaints.file();
        complaints.accept(number);
        complaints.act(CLERK, number, "dispatch", Map.of("bureau", "psb-640100"));
        complaints.act(YINCHUAN_HANDLER, number, "sign-for", Map.of());
        complaints.act(YINCHUAN_HANDLER, number, "reply", Map.of("text", "已依法处理。"));
        complaints.act("leader.yinchuan", number, "reply-approval", Map.of("approved", true));
        complaints.act(CLERK, number, "callback", Map.of("result", "BASICALLY_SATISFIED"));

        api.as(CLERK)
                .body(Map.of("reason", WHY))
                .post("/complaints/{n}/review-requests", number)
                .then()
                .statusCode(201);
        assertThat(candidates(task(number, Level.REVIEW)))
                .containsExactlyInAnyOrder("handler@psb-640000", "bureau-leader@psb-640000");
        answer(PROVINCE_HANDLER, number, "UPHELD", OPINION).statusCode(204);

        assertThat(complaints.detail(number).getString("status")).isEqualTo("CLOSED_FOR_GOOD");
        assertThat(endOf(number)).isEqualTo(End.CLOSED_FOR_GOOD);
    }

    @Test
    void aCaseHandledByTheProvinceHasNoReview() {
        String number = complaints.file();
        complaints.accept(number);
        complaints.act(CLERK, number, "dispatch", Map.of("bureau", "psb-640000"));
        complaints.act(PROVINCE_HANDLER, number, "sign-for", Map.of());
        complaints.act(PROVINCE_HANDLER, number, "reply", Map.of("text", "已依法处理。"));
        complaints.act("leader.ningxia", number, "reply-approval", Map.of("approved", true));
        complaints.act(CLERK, number, "callback", Map.of("result", "SATISFIED"));

        assertThat(endOf(number)).isEqualTo(End.NO_REVIEW_BODY);
        api.as(CLERK)
                .body(Map.of("reason", WHY))
                .post("/complaints/{n}/review-requests", number)
                .then()
                .spec(problem(409, "review.no-body"));
    }

    @Test
    void aReviewIsAskedForOnlyOfAClosedCaseWithAReasonAndOnlyOnce() {
        Filed open = new RatedReplies(api).replied();
        ask(open, WHY).spec(problem(409, "review.case-not-closed"));

        Filed filed = closed();
        ask(filed, " ").spec(invalidField("reason", "constraint.NotBlank"));
        ask(filed, WHY).statusCode(201);
        ask(filed, WHY).spec(problem(409, "review.running"));
        api.as(YINCHUAN_HANDLER)
                .body(Map.of("reason", WHY))
                .post("/complaints/{n}/review-requests", filed.number())
                .then()
                .statusCode(403);
        answer(YINCHUAN_HANDLER, filed.number(), null, OPINION).spec(invalidField("conclusion", "constraint.NotNull"));
        answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", null)
                .spec(invalidField("opinion", "constraint.required-for-decision"));
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("IN_REVIEW");
    }

    ValidatableResponse ask(Filed filed, String reason) {
        Map<String, Object> body =
                new HashMap<>(Map.of("trackingNumber", filed.number(), "queryCode", filed.queryCode()));
        body.put("reason", reason);
        return api.anonymous().body(body).post("/lookup/review").then();
    }

    ValidatableResponse answer(String login, String number, String conclusion, String opinion) {
        Map<String, Object> body = new HashMap<>();
        body.put("conclusion", conclusion);
        body.put("opinion", opinion);
        return api.as(login)
                .body(body)
                .post("/complaints/{n}/review-opinion", number)
                .then();
    }

    JsonPath lookup(Filed filed) {
        return new RatedReplies(api).lookup(filed);
    }

    Task task(String number, Level level) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(level.taskKey())
                .singleResult();
    }

    List<String> candidates(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .toList();
    }

    String endOf(String number) {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(ReviewProcess.KEY)
                        .processInstanceBusinessKey(number)
                        .singleResult()
                        .getId())
                .activityType("noneEndEvent")
                .singleResult()
                .getActivityId();
    }

    List<String> outbox(String number) {
        return jdbc.queryForList(
                "select body from message_outbox where tracking_number = ? order by id", String.class, number);
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
