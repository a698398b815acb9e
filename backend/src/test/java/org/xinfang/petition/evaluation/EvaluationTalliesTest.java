package org.xinfang.petition.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.XINGQING;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.PinnedClock;

/**
 * The verdicts per unit over a period, known answers worked out by hand: each source counted on its own, the
 * period's start counted and its end not, a changed verdict counted as it stands.
 */
class EvaluationTalliesTest extends ApiTest {

    /** A period no other test rates in: 2026-08-10 10:00 to 11:00 Beijing time. */
    private static final Instant FROM = beijing("2026-08-10T10:00");

    private static final Instant TO = beijing("2026-08-10T11:00");

    @Autowired
    EvaluationTallies tallies;

    @Autowired
    WindowRatingRepository windowRatings;

    @Autowired
    JdbcTemplate jdbc;

    private RatedReplies replies;

    @BeforeEach
    void citizen() {
        replies = new RatedReplies(api);
    }

    @Test
    void repliesRatedInThePeriodAreCountedPerReplyingBureauAsTheVerdictsStand() {
        Filed first = replies.replied();
        Filed changed = replies.replied();
        Filed last = replies.replied();
        Filed atTheEnd = replies.replied();

        PinnedClock.pinAt(FROM);
        replies.rate(first, "SATISFIED", null).statusCode(200);
        PinnedClock.pinAt("2026-08-10T10:30");
        replies.rate(changed, "UNSATISFIED", "答复没有回应我的问题").statusCode(200);
        PinnedClock.pinAt("2026-08-10T10:40");
        replies.rate(changed, "BASICALLY_SATISFIED", null).statusCode(200);
        PinnedClock.pinAt("2026-08-10T10:59");
        replies.rate(last, "UNSATISFIED", "处理结果不公").statusCode(200);
        PinnedClock.pinAt(TO);
        replies.rate(atTheEnd, "SATISFIED", null).statusCode(200);

        assertThat(tallies.replyRatings(FROM, TO)).containsExactly(new VerdictTally(XINGQING, 1, 1, 1));
        assertThat(tallies.replyRatings(FROM, TO).get(0).total()).isEqualTo(3);
        assertThat(tallies.replyRatings(TO, TO.plusSeconds(1))).containsExactly(new VerdictTally(XINGQING, 1, 0, 0));
    }

    @Test
    void windowRatingsInThePeriodAreCountedPerUnit() {
        long xingqing = device(XINGQING);
        long jinfeng = device(JINFENG);
        rate(xingqing, Verdict.SATISFIED, null, FROM);
        rate(xingqing, Verdict.SATISFIED, null, FROM.plusSeconds(60));
        rate(xingqing, Verdict.BASICALLY_SATISFIED, null, FROM.plusSeconds(120));
        rate(xingqing, Verdict.UNSATISFIED, WindowRatingReason.SLOW, FROM.plusSeconds(180));
        rate(jinfeng, Verdict.UNSATISFIED, WindowRatingReason.ATTITUDE, FROM.plusSeconds(240));
        rate(jinfeng, Verdict.UNSATISFIED, null, TO.minusMillis(1));
        rate(jinfeng, Verdict.SATISFIED, null, TO);
        rate(xingqing, Verdict.SATISFIED, null, FROM.minusMillis(1));

        assertThat(tallies.windowRatings(FROM, TO))
                .containsExactly(new VerdictTally(XINGQING, 2, 1, 1), new VerdictTally(JINFENG, 0, 0, 2));
        assertThat(tallies.windowRatings(FROM, TO))
                .extracting(VerdictTally::total)
                .containsExactly(4L, 2L);
        assertThat(tallies.windowRatings(beijing("2026-08-11T10:00"), beijing("2026-08-11T11:00")))
                .isEmpty();
    }

    private long device(String unit) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var insert = connection.prepareStatement(
                            "insert into evaluator_device (name, unit_code, services, key_hash, registered_at,"
                                    + " registered_by) values (?, ?, 'window-registration', ?, ?, 'admin')",
                            new String[] {"id"});
                    insert.setString(1, "窗口 " + unit);
                    insert.setString(2, unit);
                    insert.setString(3, "tally-" + unit + "-" + System.nanoTime());
                    insert.setTimestamp(4, Timestamp.from(FROM));
                    return insert;
                },
                key);
        return key.getKey().longValue();
    }

    private void rate(long device, Verdict verdict, WindowRatingReason reason, Instant at) {
        String unit = jdbc.queryForObject("select unit_code from evaluator_device where id = ?", String.class, device);
        windowRatings.save(new WindowRating(device, unit, "window-registration", verdict, reason, at));
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
