package org.xinfang.petition.messaging;

import java.util.Optional;
import org.xinfang.petition.complaint.CaseEventType;

/**
 * The moments of a case the complainant is told about, each with its template ({@code message.<name>}) and whether
 * the timeline's public note (the reason, the progress, the new date) goes with it. Closing has no timeline event
 * of its own: a callback or review that ends the case closes it.
 */
enum Milestone {
    RECEIVED(false),
    ACCEPTED(false),
    NOT_ACCEPTED(true),
    MERGED(true),
    DISPATCHED(true),
    EXTENDED(true),
    /** The reply is sent; the callback (回访) comes next, and the message says so. */
    REPLIED(false),
    REOPENED(true),
    CLOSED(false),
    WITHDRAWN(false),
    /** 复查 / 复核: the request received, with the body that answers it; the opinion, with its conclusion. */
    REVIEW_REQUESTED(true),
    REVIEW_ANSWERED(true),
    RE_REVIEW_REQUESTED(true),
    RE_REVIEW_ANSWERED(true),
    /** A new filing of a matter closed for good: not accepted, with the final case's number. */
    NO_LONGER_ACCEPTED(true);

    private final boolean withPublicNote;

    Milestone(boolean withPublicNote) {
        this.withPublicNote = withPublicNote;
    }

    boolean withPublicNote() {
        return withPublicNote;
    }

    String template() {
        return "message." + name();
    }

    /** The milestone a timeline event is; empty for events the complainant is not sent a message about. */
    static Optional<Milestone> of(CaseEventType type) {
        return Optional.ofNullable(
                switch (type) {
                    case REGISTERED -> RECEIVED;
                    case ACCEPTED -> ACCEPTED;
                    case NOT_ACCEPTED -> NOT_ACCEPTED;
                    case MERGED_AS_REPEAT -> MERGED;
                    case DISPATCHED -> DISPATCHED;
                    case DEADLINE_EXTENDED -> EXTENDED;
                    case REPLIED -> REPLIED;
                    case REOPENED -> REOPENED;
                    case WITHDRAWN -> WITHDRAWN;
                    case REVIEW_REQUESTED -> REVIEW_REQUESTED;
                    case REVIEW_ANSWERED -> REVIEW_ANSWERED;
                    case RE_REVIEW_REQUESTED -> RE_REVIEW_REQUESTED;
                    case RE_REVIEW_ANSWERED -> RE_REVIEW_ANSWERED;
                    case NO_LONGER_ACCEPTED -> NO_LONGER_ACCEPTED;
                    default -> null;
                });
    }
}
