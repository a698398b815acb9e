package org.xinfang.petition.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.YINCHUAN_HANDLER;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.process.ReviewProcess;
import org.xinfang.petition.process.ReviewProcess.Boundary;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.Told;

/**
 * The clocks of a review: the window for asking (30 days from the opinion) and each body's limit (30 days, warned
 * 3 working days before), counted on the working-day calendar around Spring Festival and National Day 2026; a late
 * review is warned to the body, then puts the body under supervision until it answers.
 */
class ReviewClocksTest extends ApiTest {

    @Autowired
    EngineTime time;

    @Autowired
    RuntimeService runtime;

    ReviewCases reviews;

    @BeforeEach
    void cases() {
        reviews = new ReviewCases(api);
    }

    /**
     * Statutory days: the first day not counted, a last day that is a day off moved to the next working day (02-18
     * and 10-05 are holidays); warned when three working days remain, make-up Saturdays (02-14, 09-20) counted.
     */
    @ParameterizedTest
    @CsvSource({
        "2026-03-02T09:00, 2026-03-30T00:00, 2026-04-02T00:00",
        "2026-01-19T09:00, 2026-02-13T00:00, 2026-02-25T00:00",
        "2026-09-05T09:00, 2026-09-29T00:00, 2026-10-09T00:00"
    })
    void theWindowAndEachReviewRunThirtyDaysOnTheCalendar(String startAt, String warningAt, String dueAt) {
        time.stopAt(beijing(startAt));
        Filed filed = reviews.closed();
        Instant due = beijing(dueAt);
        assertThat(time.timers(ReviewProcess.KEY, filed.number())).containsExactly(entry(Boundary.REVIEW_WINDOW, due));

        reviews.ask(filed, "不服").statusCode(201);
        assertThat(time.timers(ReviewProcess.KEY, filed.number()))
                .containsExactly(
                        entry(Boundary.REVIEW_WARNING, beijing(warningAt)), entry(Boundary.REVIEW_OVERDUE, due));

        reviews.answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", "维持").statusCode(204);
        assertThat(time.timers(ReviewProcess.KEY, filed.number()))
                .containsExactly(entry(Boundary.RE_REVIEW_WINDOW, due));

        reviews.ask(filed, "仍不服").statusCode(201);
        assertThat(time.timers(ReviewProcess.KEY, filed.number()))
                .containsExactly(
                        entry(Boundary.RE_REVIEW_WARNING, beijing(warningAt)), entry(Boundary.RE_REVIEW_OVERDUE, due));
    }

    @Test
    void aLateReviewIsWarnedToTheBodyThenSupervisedUntilItIsAnswered() {
        Filed filed = reviews.closed();
        reviews.ask(filed, "不服").statusCode(201);
        assertThat(Told.typesAbout(api, YINCHUAN_HANDLER, filed.number())).contains("REVIEW_REQUESTED");

        time.stopAt(beijing("2026-06-29T00:00"));
        assertThat(time.fireDueTimers(ReviewProcess.KEY, filed.number())).containsExactly(Boundary.REVIEW_WARNING);
        time.stopAt(beijing("2026-07-02T00:00"));
        assertThat(time.fireDueTimers(ReviewProcess.KEY, filed.number())).containsExactly(Boundary.REVIEW_OVERDUE);

        assertThat(Told.typesAbout(api, YINCHUAN_HANDLER, filed.number()))
                .contains("HIGHER_REVIEW_WARNING", "HIGHER_REVIEW_OVERDUE");
        assertThat(complaints.detail(filed.number()).getList("timeline.type"))
                .containsSubsequence("HIGHER_REVIEW_WARNING", "HIGHER_REVIEW_OVERDUE", "SUPERVISION_STARTED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("supervision")
                        .processInstanceBusinessKey(filed.number())
                        .variableValueEquals("stage", "HIGHER_REVIEW")
                        .variableValueEquals("bureau", "psb-640100")
                        .count())
                .isOne();

        reviews.answer(YINCHUAN_HANDLER, filed.number(), "UPHELD", "维持").statusCode(204);

        assertThat(complaints.detail(filed.number()).getList("timeline.type")).contains("SUPERVISION_RESOLVED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("supervision")
                        .processInstanceBusinessKey(filed.number())
                        .count())
                .isZero();
        assertThat(complaints.detail(filed.number()).getString("deadlines.find { it.stage == 'HIGHER_REVIEW' }.status"))
                .isEqualTo("ENDED");
        assertThat(Told.typesAbout(api, CLERK, filed.number())).doesNotContain("HIGHER_REVIEW_OVERDUE");
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
