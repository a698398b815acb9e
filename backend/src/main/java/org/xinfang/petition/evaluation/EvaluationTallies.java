package org.xinfang.petition.evaluation;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's verdicts counted per unit over a period, each source on its own (the complainant's rating of a
 * reply, the window evaluators): one SQL aggregate each, grouped by unit along the index on unit and time, never a
 * row loaded. Units without a verdict in the period are absent; the list is in unit code order.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationTallies {

    private final ReplyRatingRepository replyRatings;
    private final WindowRatingRepository windowRatings;

    EvaluationTallies(ReplyRatingRepository replyRatings, WindowRatingRepository windowRatings) {
        this.replyRatings = replyRatings;
        this.windowRatings = windowRatings;
    }

    /** Complainants' ratings of replies (reply_rating), by the replying bureau, rated_at in [from, to). */
    public List<VerdictTally> replyRatings(Instant from, Instant to) {
        return replyRatings.tally(from, to);
    }

    /** Window evaluator ratings (window_rating), by the device's unit, rated_at in [from, to). */
    public List<VerdictTally> windowRatings(Instant from, Instant to) {
        return windowRatings.tally(from, to);
    }
}
