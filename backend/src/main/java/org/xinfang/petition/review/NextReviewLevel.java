package org.xinfang.petition.review;

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

    static Level of(Complaint complaint) {
        String number = complaint.getTrackingNumber();
        return switch (complaint.getStatus()) {
            case CLOSED -> Level.REVIEW;
            case REVIEWED -> Level.RE_REVIEW;
            case IN_REVIEW, IN_RE_REVIEW -> throw PetitionException.conflict("review.running", number);
            case CLOSED_FOR_GOOD -> throw PetitionException.conflict("review.closed-for-good", number);
            default ->
                throw PetitionException.conflict(
                        "review.case-not-closed",
                        number,
                        new DefaultMessageSourceResolvable(
                                "status." + complaint.getStatus().name()));
        };
    }
}
