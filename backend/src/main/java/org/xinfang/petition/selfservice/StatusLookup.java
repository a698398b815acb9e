package org.xinfang.petition.selfservice;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEvent;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.intake.QueryCodes;
import org.xinfang.petition.shared.PetitionException;

/**
 * The citizen's view of their case: only with the tracking number and the query code, and only the public-safe
 * events (no internal comments, no names of staff). A wrong code looks exactly like an unknown number.
 */
@Service
class StatusLookup {

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;
    private final QueryCodes queryCodes;

    StatusLookup(Cases cases, CaseRecords records, CaseTimeline timeline, QueryCodes queryCodes) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
        this.queryCodes = queryCodes;
    }

    /** Writes only to keep a query code of the old form in the keyed form (see {@link QueryCodes}). */
    @Transactional
    PublicCaseView lookup(String trackingNumber, String queryCode) {
        Complaint complaint = verified(trackingNumber, queryCode);
        List<PublicEvent> publicEvents = timeline.of(complaint).stream()
                .filter(event -> event.getType().isVisibleToComplainant())
                .map(PublicEvent::of)
                .toList();
        return new PublicCaseView(
                complaint.getTrackingNumber(),
                complaint.getStatus().name(),
                complaint.getSubject(),
                complaint.getReceivedAt(),
                complaint.getClosedAt(),
                publicEvents);
    }

    /** The case these credentials open; wrong or unknown credentials are the same 404. */
    @Transactional
    Complaint verified(String trackingNumber, String queryCode) {
        Complaint complaint = cases.find(trackingNumber).orElse(null);
        String stored = complaint == null ? null : complaint.getQueryCodeHash();
        if (!queryCodes.opens(trackingNumber, queryCode, stored)) {
            throw PetitionException.notFound("lookup.not-found");
        }
        queryCodes
                .rehashed(trackingNumber, queryCode, stored)
                .ifPresent(rehashed -> records.rehashQueryCode(trackingNumber, rehashed));
        return complaint;
    }

    record PublicCaseView(
            String trackingNumber,
            String status,
            String subject,
            Instant receivedAt,
            Instant closedAt,
            List<PublicEvent> events) {}

    record PublicEvent(String type, Instant occurredAt, String note) {
        static PublicEvent of(CaseEvent event) {
            return new PublicEvent(event.getType().name(), event.getOccurredAt(), event.getPublicNote());
        }
    }
}
