package org.xinfang.petition.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.YINCHUAN;
import static org.xinfang.petition.support.Logins.YINCHUAN_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.process.ReviewProcess;
import org.xinfang.petition.process.ReviewProcess.Boundary;
import org.xinfang.petition.process.ReviewProcess.End;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.screening.Complainants;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PinnedClock;

/**
 * 复查 and 复核, the three-level end, path by path of {@code complaint-review.bpmn}: a closed case waits for a request
 * within 30 days of its written opinion; the body above the bureau reviews it, the body above that re-reviews it, and
 * the matter is closed for good; a window that passes ends the way; a review with no body above closes it for good.
 */
class ReviewPathsTest extends ApiTest {

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

    ReviewCases reviews;

    @BeforeEach
    void cases() {
        reviews = new ReviewCases(api);
    }

    @Test
    void aClosedCaseWaitsForAReviewRequestForThirtyDaysFromTheReply() {
        Instant replied = time.now();
        Filed filed = reviews.closed();

        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("CLOSED");
        // 30 days from Monday 2026-06-01, the first not counted: 07-01 ends at 24:00
        Instant windowEnds = beijing("2026-07-02T00:00");
        assertThat(time.timers(ReviewProcess.KEY, filed.number()))
                .containsExactly(Map.entry(Boundary.REVIEW_WINDOW, windowEnds));
        JsonPath lookup = reviews.lookup(filed);
        assertThat(lookup.getString("reviewOffer.level")).isEqualTo("REVIEW");
        assertThat(lookup.getString("reviewOffer.bodyZh")).isEqualTo("银川市公安局");
        assertThat(lookup.getString("reviewOffer.until")).isEqualTo(windowEnds.toString());
        assertThat(replied).isBefore(windowEnds);
        assertThat(outbox(filed.number())).last().asString().contains("请求复查");
    }

    @Test
    void reviewThenReReviewClosesTheMatterForGood() {
        Filed filed = reviews.closed();

        reviews.ask(filed, WHY).statusCode(201).body("level", equalTo("REVIEW"));
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
        assertThat(reviews.lookup(filed).getString("status")).isEqualTo("IN_REVIEW");
        assertThat(reviews.lookup(filed).getList("events.type")).contains("REVIEW_REQUESTED");
        assertThat(reviews.lookup(filed).getString("reviewOffer")).isNull();

        reviews.answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", OPINION).statusCode(204);

        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("REVIEWED");
        JsonPath afterReview = reviews.lookup(filed);
        assertThat(afterReview.getString("events.find { it.type == 'REVIEW_ANSWERED' }.note"))
                .contains(OPINION);
        assertThat(afterReview.getString("reviewOffer.level")).isEqualTo("RE_REVIEW");
        assertThat(afterReview.getString("reviewOffer.bodyZh")).isEqualTo("宁夏回族自治区公安厅");
        assertThat(outbox(filed.number())).last().asString().contains("复查意见", OPINION);

        reviews.ask(filed, "复查意见仍未回应").statusCode(201).body("level", equalTo("RE_REVIEW"));
        Task reReview = task(filed.number(), Level.RE_REVIEW);
        assertThat(candidates(reReview)).containsExactlyInAnyOrder("handler@psb-640000", "bureau-leader@psb-640000");
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("IN_RE_REVIEW");

        reviews.answer(ReviewCases.PROVINCE_HANDLER, filed.number(), "CHANGED", "经复核，责成兴庆区分局向投诉人书面道歉。")
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
        reviews.ask(filed, "还是不服").spec(problem(409, "review.closed-for-good"));
        List<Map<String, Object>> reviews = api.as(CLERK)
                .get("/complaints/{n}/reviews", filed.number())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        assertThat(reviews).extracting(r -> r.get("level")).containsExactly("REVIEW", "RE_REVIEW");
        assertThat(reviews).extracting(r -> r.get("conclusion")).containsExactly("UPHELD", "CHANGED");
        assertThat(reviews)
                .extracting(r -> r.get("answeredBy"))
                .containsExactly(YINCHUAN_HANDLER, ReviewCases.PROVINCE_HANDLER);
    }

    @Test
    void aWindowThatPassesEndsTheWayToAReview() {
        Filed filed = reviews.closed();

        time.stopAt(beijing("2026-07-02T00:00"));
        assertThat(time.fireDueTimers(ReviewProcess.KEY, filed.number())).containsExactly(Boundary.REVIEW_WINDOW);

        assertThat(endOf(filed.number())).isEqualTo(End.REVIEW_WINDOW_CLOSED);
        assertThat(reviews.lookup(filed).getString("reviewOffer")).isNull();
        reviews.ask(filed, WHY).spec(problem(409, "review.window-passed"));
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void theReviewOpinionStandsOnceItsWindowPasses() {
        Filed filed = reviews.closed();
        reviews.ask(filed, WHY).statusCode(201);
        time.stopAt(beijing("2026-06-10T10:00"));
        reviews.answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", OPINION).statusCode(204);

        // 30 days from 06-10, the first not counted: 07-10 ends at 24:00
        time.stopAt(beijing("2026-07-11T00:00"));
        assertThat(time.fireDueTimers(ReviewProcess.KEY, filed.number())).containsExactly(Boundary.RE_REVIEW_WINDOW);

        assertThat(endOf(filed.number())).isEqualTo(End.REVIEW_STANDS);
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("REVIEWED");
        reviews.ask(filed, WHY).spec(problem(409, "review.window-passed"));
    }

    @Test
    void aReviewByTheProvinceHasNoBodyAboveItAndClosesTheMatterForGood() {
        String number = reviews.closedAt(YINCHUAN, YINCHUAN_HANDLER, "leader.yinchuan");

        api.as(CLERK)
                .body(Map.of("reason", WHY))
                .post("/complaints/{n}/review-requests", number)
                .then()
                .statusCode(201);
        assertThat(candidates(task(number, Level.REVIEW)))
                .containsExactlyInAnyOrder("handler@psb-640000", "bureau-leader@psb-640000");
        reviews.answer(ReviewCases.PROVINCE_HANDLER, number, "UPHELD", OPINION).statusCode(204);

        assertThat(complaints.detail(number).getString("status")).isEqualTo("CLOSED_FOR_GOOD");
        assertThat(endOf(number)).isEqualTo(End.CLOSED_FOR_GOOD);
    }

    @Test
    void aCaseHandledByTheProvinceHasNoReview() {
        String number = reviews.closedAt("psb-640000", ReviewCases.PROVINCE_HANDLER, "leader.ningxia");

        assertThat(endOf(number)).isEqualTo(End.NO_REVIEW_BODY);
        api.as(CLERK)
                .body(Map.of("reason", WHY))
                .post("/complaints/{n}/review-requests", number)
                .then()
                .spec(problem(409, "review.no-body"));
    }

    @Test
    void aReviewIsAskedForOnlyOfAClosedCaseWithAReasonAndOnlyOnce() {
        Filed open = reviews.replied(Complainants.newIdNumber());
        reviews.ask(open, WHY).spec(problem(409, "review.case-not-closed"));

        Filed filed = reviews.closed();
        reviews.ask(filed, " ").spec(invalidField("reason", "constraint.NotBlank"));
        reviews.ask(filed, WHY).statusCode(201);
        reviews.ask(filed, WHY).spec(problem(409, "review.running"));
        api.as(YINCHUAN_HANDLER)
                .body(Map.of("reason", WHY))
                .post("/complaints/{n}/review-requests", filed.number())
                .then()
                .statusCode(403);
        reviews.answer(YINCHUAN_HANDLER, filed.number(), null, OPINION)
                .spec(invalidField("conclusion", "constraint.NotNull"));
        reviews.answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", null)
                .spec(invalidField("opinion", "constraint.required-for-decision"));
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("IN_REVIEW");
    }

    /**
     * 三级终结: once re-reviewed, the same complainant filing the same matter again is answered that it is no longer
     * accepted, with the final case's number, and no clock starts; another matter of theirs is triaged as usual.
     */
    @Test
    void aNewFilingOfAMatterClosedForGoodIsNoLongerAccepted() {
        String complainant = Complainants.newIdNumber();
        Filed filed = reviews.closed(complainant);
        reviews.ask(filed, WHY).statusCode(201);
        reviews.answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", OPINION).statusCode(204);
        reviews.ask(filed, WHY).statusCode(201);
        reviews.answer(ReviewCases.PROVINCE_HANDLER, filed.number(), "UPHELD", OPINION)
                .statusCode(204);

        JsonPath again =
                complaints.file(Complainants.complaint(complainant, "再次反映" + ReviewCases.SUBJECT, ReviewCases.CONTENT));
        String number = again.getString("trackingNumber");

        JsonPath detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("NOT_ACCEPTED");
        assertThat(detail.getList("timeline.type")).containsExactly("REGISTERED", "NO_LONGER_ACCEPTED");
        assertThat(detail.getList("deadlines")).isEmpty();
        JsonPath lookup = reviews.lookup(new Filed(number, again.getString("queryCode")));
        assertThat(lookup.getString("events.find { it.type == 'NO_LONGER_ACCEPTED' }.note"))
                .contains(filed.number(), "不再受理");
        assertThat(outbox(number)).last().asString().contains("不予受理", filed.number());

        String other = complaints
                .file(Complainants.complaint(complainant, "户口迁移办理缓慢", "申请迁入户口两个月未办结。"))
                .getString("trackingNumber");
        assertThat(complaints.detail(other).getString("status")).isEqualTo("PENDING_TRIAGE");
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
