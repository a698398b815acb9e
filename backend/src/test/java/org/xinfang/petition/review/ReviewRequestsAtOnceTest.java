package org.xinfang.petition.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.YINCHUAN_HANDLER;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.AtOnce;

/**
 * Simultaneous requests for the same review (a complainant's double click, the office entering the same call) give
 * one review and 409s, never 500; simultaneous opinions from two of the body's staff give one opinion.
 */
class ReviewRequestsAtOnceTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    ReviewCases reviews;

    @BeforeEach
    void cases() {
        reviews = new ReviewCases(api);
    }

    @RepeatedTest(3)
    void requestsAtOnceStartOneReview() throws Exception {
        Filed filed = reviews.closed();

        List<Integer> statuses =
                AtOnce.fire(6, () -> reviews.ask(filed, "不服").extract().statusCode());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_review r join complaint c on c.id = r.complaint_id"
                                + " where c.tracking_number = ?",
                        Integer.class,
                        filed.number()))
                .isOne();
        assertThat(complaints.detail(filed.number()).getList("timeline.type")).containsOnlyOnce("REVIEW_REQUESTED");
    }

    @RepeatedTest(3)
    void opinionsAtOnceGiveOneOpinion() throws Exception {
        Filed filed = reviews.closed();
        reviews.ask(filed, "不服").statusCode(201);

        List<Integer> statuses = AtOnce.fire(List.of(
                () -> reviews.answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", "维持")
                        .extract()
                        .statusCode(),
                () -> reviews.answer("leader.yinchuan", filed.number(), "CHANGED", "变更")
                        .extract()
                        .statusCode()));

        assertThat(statuses).containsOnly(204, 409).containsOnlyOnce(204);
        assertThat(complaints.detail(filed.number()).getList("timeline.type")).containsOnlyOnce("REVIEW_ANSWERED");
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("REVIEWED");
    }
}
