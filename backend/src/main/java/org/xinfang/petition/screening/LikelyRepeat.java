package org.xinfang.petition.screening;

import java.time.Instant;
import org.xinfang.petition.complaint.Complaint;

/**
 * An earlier case of the same complainant whose matter is like this one's: a likely original to merge a repeat
 * into. {@code mergeable} says whether it is still open (only an open case takes repeats); {@code repeatOf} names
 * its own original when it was merged itself.
 */
public record LikelyRepeat(
        String trackingNumber,
        String subject,
        String status,
        Instant receivedAt,
        double score,
        boolean mergeable,
        String repeatOf) {

    static LikelyRepeat of(Complaint original, double score) {
        return new LikelyRepeat(
                original.getTrackingNumber(),
                original.getSubject(),
                original.getStatus().name(),
                original.getReceivedAt(),
                Math.round(score * 1000) / 1000.0,
                original.isOpen(),
                original.getRepeatOf() == null ? null : original.getRepeatOf().getTrackingNumber());
    }
}
