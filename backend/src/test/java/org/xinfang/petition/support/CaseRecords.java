package org.xinfang.petition.support;

import java.time.Instant;
import java.util.List;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.complaint.CaseEvent;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.complaint.Reply;

/**
 * Reads a case as our tables hold it (complaint, timeline, replies), inside a transaction of its own so that
 * lazy relations can be read; tests run outside any transaction, as the API's callers do.
 */
public final class CaseRecords {

    private final Cases cases;
    private final CaseTimeline timeline;
    private final TransactionTemplate readOnly;

    CaseRecords(Cases cases, CaseTimeline timeline, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.timeline = timeline;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public CaseRecord of(String trackingNumber) {
        return readOnly.execute(status -> {
            Complaint complaint = cases.get(trackingNumber);
            return new CaseRecord(
                    complaint.getId(),
                    complaint.getStatus(),
                    complaint.getCurrentBureau() == null
                            ? null
                            : complaint.getCurrentBureau().getCode(),
                    complaint.getDispatchCount(),
                    complaint.isDesignated(),
                    complaint.getReopenCount(),
                    complaint.getRepeatOf() == null
                            ? null
                            : complaint.getRepeatOf().getTrackingNumber(),
                    complaint.getDueAt(),
                    complaint.getClosedAt(),
                    timeline.of(complaint),
                    cases.repliesOf(complaint));
        });
    }

    /** A case as stored: the {@code complaint} row, its timeline and its replies. */
    public record CaseRecord(
            Long id,
            ComplaintStatus status,
            String bureau,
            int dispatchCount,
            boolean designated,
            int reopenCount,
            String repeatOf,
            Instant dueAt,
            Instant closedAt,
            List<CaseEvent> timeline,
            List<Reply> replies) {

        public List<CaseEventType> eventTypes() {
            return timeline.stream().map(CaseEvent::getType).toList();
        }

        /** The latest event of a type. */
        public CaseEvent last(CaseEventType type) {
            return timeline.stream()
                    .filter(event -> event.getType() == type)
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new AssertionError("No " + type + " event in " + eventTypes()));
        }

        public List<Reply.Status> replyStatuses() {
            return replies.stream().map(Reply::getStatus).toList();
        }
    }
}
