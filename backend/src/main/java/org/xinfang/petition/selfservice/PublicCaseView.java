package org.xinfang.petition.selfservice;

import java.time.Instant;
import java.util.List;
import org.xinfang.petition.attachment.ReplyFiles.ReplyFile;
import org.xinfang.petition.complaint.CaseEvent;
import org.xinfang.petition.evaluation.RatingView;
import org.xinfang.petition.ownership.CaseOwners;
import org.xinfang.petition.review.CaseReviews;

/**
 * What the complainant sees of their case: its status, the running limit of the current stage (while one runs),
 * what the bureau asked for while the clock stands still for material, and the public-safe events (no internal
 * comments, no names of staff; the reply's text is the note of its event) and the files of the replies sent, each
 * downloaded with the same tracking number and query code; their verdict on the latest reply, and whether they may
 * rate it (or change the verdict) now; the review (复查, then 复核) they may still ask for, of which body and until
 * when; and the office that answers for it (首问负责), as a desk, never a person.
 */
public record PublicCaseView(
        String trackingNumber,
        String status,
        String subject,
        Instant receivedAt,
        Instant closedAt,
        Instant dueAt,
        CaseOwners.Desk ownerDesk,
        String materialRequested,
        List<PublicEvent> events,
        List<ReplyFile> replyFiles,
        RatingView rating,
        boolean ratable,
        ReviewOffer reviewOffer) {

    /** Whether the bureau waits for material from the complainant. */
    public boolean awaitsMaterial() {
        return materialRequested != null;
    }

    /** The next review the complainant may ask for: its level, the body that would answer, the window's end. */
    public record ReviewOffer(String level, String bodyZh, String bodyEn, Instant until) {
        static ReviewOffer of(CaseReviews.Askable askable) {
            return new ReviewOffer(askable.level().name(), askable.bodyZh(), askable.bodyEn(), askable.until());
        }
    }

    public record PublicEvent(String type, Instant occurredAt, String note) {
        static PublicEvent of(CaseEvent event) {
            return new PublicEvent(event.getType().name(), event.getOccurredAt(), event.getPublicNote());
        }
    }
}
