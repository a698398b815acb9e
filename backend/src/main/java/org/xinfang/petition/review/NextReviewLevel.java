package org.xinfang.petition.review;

import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.shared.PetitionException;

/**
 * 三级终结, the ladder a complainant climbs: a closed case may go on to 复查, a reviewed one to 复核, and no further;
 * a case still open, or in a review now, may not be reviewed (409 saying which).
 */
final class NextReviewLevel {

    private NextReviewLevel() {}

    /** The level a case may go on to now; empty for one still open, in a review, or closed for good. */
    static Optional<Level> open(Complaint complaint) {
        return switch (complaint.getStatus()) {
            case CLOSED -> Optional.of(Level.REVIEW);
            case REVIEWED -> Optional.of(Level.RE_REVIEW);
            default -> Optional.empty();
        };
    }

    /** The same, refusing (409) with why the case may not go on. */
    static Level of(Complaint complaint) {
        return open(complaint).orElseThrow(() -> refusal(complaint));
    }

    private static PetitionException refusal(Complaint complaint) {
        String number = complaint.getTrackingNumber();
        return switch (complaint.getStatus()) {
            case IN_REVIEW, IN_RE_REVIEW -> PetitionException.conflict("review.running", number);
            case CLOSED_FOR_GOOD -> PetitionException.conflict("review.closed-for-good", number);
            default ->
                PetitionException.conflict(
                        "review.case-not-closed",
                        number,
                        new DefaultMessageSourceResolvable(
                                "status." + complaint.getStatus().name()));
        };
    }
}
