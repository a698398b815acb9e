package org.xinfang.petition.caseview;

import java.time.Instant;
import java.util.List;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.screening.Flag;

/** One line of a case list, with the case's screening flags. */
public record CaseSummary(
        String trackingNumber,
        String status,
        String category,
        String urgency,
        String channel,
        String region,
        String subject,
        String bureau,
        Instant receivedAt,
        Instant dueAt,
        Instant closedAt,
        List<Flag> flags) {

    static CaseSummary of(Complaint complaint, List<Flag> flags) {
        return new CaseSummary(
                complaint.getTrackingNumber(),
                complaint.getStatus().name(),
                complaint.getCategory().name(),
                complaint.getUrgency().name(),
                complaint.getChannel().name(),
                complaint.getRegion().getCode(),
                complaint.getSubject(),
                complaint.getCurrentBureau() == null
                        ? null
                        : complaint.getCurrentBureau().getCode(),
                complaint.getReceivedAt(),
                complaint.getDueAt(),
                complaint.getClosedAt(),
                flags);
    }
}
