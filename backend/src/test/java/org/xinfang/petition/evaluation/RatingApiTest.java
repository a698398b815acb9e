package org.xinfang.petition.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PinnedClock;

/**
 * 好差评: the complainant rates the reply sent to them with the tracking number and query code, once per reply and
 * changeable within the window (7 days here); the verdict is kept apart from the office's callback and shown to the
 * complainant and to staff.
 */
class RatingApiTest extends ApiTest {

    private RatedReplies replies;

    @BeforeEach
    void citizen() {
        replies = new RatedReplies(api);
    }

    private static final String WHY = "答复没有说明对民警的处理结果";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theComplainantRatesTheReplyAndSeesTheVerdict() {
        Filed filed = replies.replied();

        JsonPath rated = replies.rate(filed, "SATISFIED", "处理及时，态度很好")
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(rated.getString("verdict")).isEqualTo("SATISFIED");
        assertThat(rated.getString("changeableUntil")).isEqualTo("2026-06-08T01:00:00Z");
        JsonPath view = replies.lookup(filed);
        assertThat(view.getString("rating.verdict")).isEqualTo("SATISFIED");
        assertThat(view.getString("rating.comment")).isEqualTo("处理及时，态度很好");
        assertThat(view.getBoolean("ratable"))
                .as("changeable within the window")
                .isTrue();
        assertThat(view.getList("events.type")).contains("RATED");
        JsonPath detail = complaints.detail(filed.number());
        assertThat(detail.getString("rating.verdict")).isEqualTo("SATISFIED");
        assertThat(detail.getString("timeline.find { it.type == 'RATED' }.publicNote"))
                .contains("满意");
    }

    @Test
    void nothingCanBeRatedBeforeAReplyIsSent() {
        var json = complaints.file(Complaints.webComplaint());
        Filed filed = new Filed(json.getString("trackingNumber"), json.getString("queryCode"));

        replies.rate(filed, "SATISFIED", null).spec(problem(409, "rating.no-reply"));

        assertThat(replies.lookup(filed).getBoolean("ratable")).isFalse();
        assertThat(replies.lookup(filed).getString("rating")).isNull();
    }

    @Test
    void unsatisfiedNeedsAReasonAndARefusedRatingLeavesNothing() {
        Filed filed = replies.replied();

        replies.rate(filed, "UNSATISFIED", "  ").spec(invalidField("comment", "rating.reason-required"));
        replies.rate(filed, "EXCELLENT", null).spec(invalidField("verdict", "constraint.unreadable"));
        replies.rate(filed, null, "很好").spec(invalidField("verdict", "constraint.NotNull"));

        assertThat(replies.lookup(filed).getString("rating")).isNull();
        assertThat(complaints.detail(filed.number()).getList("timeline.type")).doesNotContain("RATED");
        assertThat(ratingRows(filed)).isZero();
    }

    @Test
    void theVerdictMayBeChangedWithinTheWindowAndThenStands() {
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);

        PinnedClock.pinAt("2026-06-05T10:00");
        replies.rate(filed, "BASICALLY_SATISFIED", "补充说明后基本满意").statusCode(200);
        assertThat(replies.lookup(filed).getString("rating.verdict")).isEqualTo("BASICALLY_SATISFIED");
        assertThat(replies.lookup(filed).getString("rating.changedAt")).isNotNull();

        PinnedClock.pinAt("2026-06-08T09:00");
        replies.rate(filed, "UNSATISFIED", WHY).spec(problem(409, "rating.final"));
        JsonPath view = replies.lookup(filed);
        assertThat(view.getString("rating.verdict")).isEqualTo("BASICALLY_SATISFIED");
        assertThat(view.getBoolean("ratable")).isFalse();
        assertThat(ratingRows(filed)).isEqualTo(1);
    }

    @Test
    void theCallbackAndTheComplainantsRatingAreKeptApart() {
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);

        complaints.act(CLERK, filed.number(), "callback", Map.of("result", "SATISFIED"));

        JsonPath detail = complaints.detail(filed.number());
        assertThat(detail.getString("status")).isEqualTo("CLOSED");
        assertThat(detail.getString("callbacks[0].result")).isEqualTo("SATISFIED");
        assertThat(detail.getString("rating.verdict")).isEqualTo("UNSATISFIED");
        assertThat(detail.getString("rating.comment")).isEqualTo(WHY);
    }

    @Test
    void aReplySentAfterReopeningIsRatedAfresh() {
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", WHY).statusCode(200);
        complaints.act(CLERK, filed.number(), "callback", Map.of("result", "UNSATISFIED", "comment", WHY));
        complaints.act(XINGQING_HANDLER, filed.number(), "reply", Map.of("text", Complaints.REPLY_TEXT + "（重办）"));
        complaints.act(XINGQING_LEADER, filed.number(), "reply-approval", Map.of("approved", true));
        assertThat(replies.lookup(filed).getString("rating"))
                .as("the new reply is not rated yet")
                .isNull();

        PinnedClock.pinAt("2026-06-20T10:00");
        replies.rate(filed, "SATISFIED", null).statusCode(200);

        assertThat(replies.lookup(filed).getString("rating.verdict")).isEqualTo("SATISFIED");
        assertThat(jdbc.queryForList(
                        "select r.verdict from reply_rating r join complaint c on c.id = r.complaint_id"
                                + " where c.tracking_number = ? order by r.id",
                        String.class,
                        filed.number()))
                .containsExactly("UNSATISFIED", "SATISFIED");
        assertThat(jdbc.queryForObject(
                        "select distinct r.bureau_code from reply_rating r join complaint c on c.id = r.complaint_id"
                                + " where c.tracking_number = ?",
                        String.class,
                        filed.number()))
                .as("the bureau that replied")
                .isEqualTo(XINGQING);
    }

    @Test
    void aWrongQueryCodeRatesNothing() {
        Filed filed = replies.replied();

        replies.rate(new Filed(filed.number(), "WRONGCOD"), "UNSATISFIED", WHY).spec(problem(404, "lookup.not-found"));

        assertThat(ratingRows(filed)).isZero();
    }

    /** Simultaneous ratings of one reply: each is 200 (a first rating, or a change of it) or 409, never 500. */
    @RepeatedTest(3)
    void ratingsSentAtOnceLeaveOneVerdictAndNoError() throws Exception {
        Filed filed = replies.replied();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Integer>> ratings = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String verdict = i % 2 == 0 ? "SATISFIED" : "BASICALLY_SATISFIED";
                ratings.add(() -> replies.rate(filed, verdict, null).extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(ratings)) {
                statuses.add(answer.get());
            }
            assertThat(statuses).allMatch(status -> status == 200 || status == 409);
            assertThat(statuses).contains(200);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ratingRows(filed)).isEqualTo(1);
        assertThat(replies.lookup(filed).getString("rating.verdict")).isIn("SATISFIED", "BASICALLY_SATISFIED");
    }

    private int ratingRows(Filed filed) {
        return jdbc.queryForObject(
                "select count(*) from reply_rating r join complaint c on c.id = r.complaint_id"
                        + " where c.tracking_number = ?",
                Integer.class,
                filed.number());
    }
}
