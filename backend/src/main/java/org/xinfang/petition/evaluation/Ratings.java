package org.xinfang.petition.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.Reply;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * 好差评: the complainant's own verdict on the latest reply sent to them, kept apart from the office's callback
 * (neither overwrites the other). One verdict per reply, changeable within the {@link RatingChangeWindow}; a reply
 * sent after a reopening is rated afresh. Each verdict is a line of the timeline (so audited) and a {@link
 * ReplyRated}.
 */
@Service
public class Ratings {

    private final Cases cases;
    private final ReplyRatingRepository ratings;
    private final RatingChangeWindow window;
    private final CaseTimeline timeline;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(
            Cases cases,
            ReplyRatingRepository ratings,
            RatingChangeWindow window,
            CaseTimeline timeline,
            Messages messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.ratings = ratings;
        this.window = window;
        this.timeline = timeline;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Rates the latest reply sent on the case, or changes its verdict within the window. 不满意 needs a reason (the
     * bureau is to put it right); no reply sent yet, or a verdict that stands, is 409; two first ratings at once
     * leave one (the other 409).
     */
    @Transactional
    public RatingView rate(Complaint complaint, Verdict verdict, String comment) {
        if (verdict == Verdict.UNSATISFIED && (comment == null || comment.isBlank())) {
            throw PetitionException.invalid("comment", "rating.reason-required");
        }
        String number = complaint.getTrackingNumber();
        Reply reply =
                latestSentReply(complaint).orElseThrow(() -> PetitionException.conflict("rating.no-reply", number));
        Instant now = clock.instant();
        Optional<ReplyRating> earlier = ratings.findByReplyId(reply.getId());
        Verdict previous = earlier.map(ReplyRating::getVerdict).orElse(null);
        ReplyRating rating;
        if (earlier.isPresent()) {
            rating = earlier.get();
            window.requireOpen(rating, number, now);
            rating.change(verdict, comment, now);
        } else {
            rating = firstRating(complaint, reply, verdict, comment, now);
        }
        timeline.record(
                complaint,
                CaseEventType.RATED,
                comment,
                messages.both("note.rating", new DefaultMessageSourceResolvable("rating." + verdict.name())));
        events.publishEvent(
                new ReplyRated(complaint.getId(), number, reply.getId(), reply.getBureauCode(), verdict, previous));
        return rating.view(window.closesAt(rating));
    }

    /** The verdict on the latest reply sent on the case, if the complainant gave one. */
    @Transactional(readOnly = true)
    public Optional<RatingView> of(Complaint complaint) {
        return latestSentReply(complaint)
                .flatMap(reply -> ratings.findByReplyId(reply.getId()))
                .map(rating -> rating.view(window.closesAt(rating)));
    }

    /** Whether the complainant may rate now: a reply was sent, and it is unrated or its verdict may still change. */
    @Transactional(readOnly = true)
    public boolean mayRate(Complaint complaint) {
        return latestSentReply(complaint)
                .map(reply -> ratings.findByReplyId(reply.getId())
                        .map(rating -> clock.instant().isBefore(window.closesAt(rating)))
                        .orElse(true))
                .orElse(false);
    }

    private ReplyRating firstRating(Complaint complaint, Reply reply, Verdict verdict, String comment, Instant now) {
        try {
            return ratings.saveAndFlush(
                    new ReplyRating(complaint.getId(), reply.getId(), reply.getBureauCode(), verdict, comment, now));
        } catch (DataIntegrityViolationException rated) {
            // Another first rating of the same reply committed a moment earlier (the unique key on the reply).
            throw PetitionException.conflict("rating.concurrent", complaint.getTrackingNumber());
        }
    }

    private Optional<Reply> latestSentReply(Complaint complaint) {
        return cases.repliesOf(complaint).stream()
                .filter(reply -> reply.getStatus() == Reply.Status.SENT)
                .max(Comparator.comparing(Reply::getSentAt).thenComparing(Reply::getId));
    }
}
