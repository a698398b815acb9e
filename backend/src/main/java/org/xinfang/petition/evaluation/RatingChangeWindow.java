package org.xinfang.petition.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;

/**
 * 评价修改期: a verdict may be changed for {@code petition.evaluation.rating-change-window} after the reply was first
 * rated, then it stands (it is what the month's evaluation counts).
 */
@Component
class RatingChangeWindow {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EvaluationProperties properties;
    private final Clock clock;

    RatingChangeWindow(EvaluationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    Instant closesAt(ReplyRating rating) {
        return rating.getRatedAt().plus(properties.ratingChangeWindow());
    }

    /** Refuses (409 rating.final, with the moment it became final) a change after the window. */
    void requireOpen(ReplyRating rating, String trackingNumber, Instant now) {
        Instant closes = closesAt(rating);
        if (!now.isBefore(closes)) {
            throw PetitionException.conflict(
                    "rating.final", trackingNumber, SHOWN.format(closes.atZone(clock.getZone())));
        }
    }
}
