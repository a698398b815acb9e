package org.xinfang.petition.selfservice;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.attachment.ReplyFiles;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStatus;
import org.xinfang.petition.deadline.DeadlineView;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.evaluation.Ratings;
import org.xinfang.petition.intake.QueryCodes;
import org.xinfang.petition.ownership.CaseOwners;
import org.xinfang.petition.review.CaseReviews;
import org.xinfang.petition.selfservice.PublicCaseView.PublicEvent;
import org.xinfang.petition.shared.PetitionException;

/**
 * The citizen's view of their case ({@link PublicCaseView}): only with the tracking number and the query code. A
 * wrong code looks exactly like an unknown number.
 */
@Service
class StatusLookup {

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;
    private final QueryCodes queryCodes;
    private final Deadlines deadlines;
    private final ReplyFiles replyFiles;
    private final Ratings ratings;
    private final CaseOwners owners;
    private final CaseReviews reviews;

    StatusLookup(
            Cases cases,
            CaseRecords records,
            CaseTimeline timeline,
            QueryCodes queryCodes,
            Deadlines deadlines,
            ReplyFiles replyFiles,
            Ratings ratings,
            CaseOwners owners,
            CaseReviews reviews) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
        this.queryCodes = queryCodes;
        this.deadlines = deadlines;
        this.replyFiles = replyFiles;
        this.ratings = ratings;
        this.owners = owners;
        this.reviews = reviews;
    }

    /** Writes only to keep a query code of the old form in the keyed form (see {@link QueryCodes}). */
    @Transactional
    PublicCaseView lookup(String trackingNumber, String queryCode) {
        Complaint complaint = verified(trackingNumber, queryCode);
        List<PublicEvent> publicEvents = timeline.of(complaint).stream()
                .filter(event -> event.getType().isVisibleToComplainant())
                .map(PublicEvent::of)
                .toList();
        Optional<DeadlineView> running = deadlines.current(complaint);
        String materialRequested = running.filter(deadline -> deadline.status() == DeadlineStatus.PAUSED)
                .flatMap(deadline -> deadline.pauses().stream()
                        .filter(pause -> pause.resumedAt() == null)
                        .findFirst())
                .map(DeadlineView.PauseView::reason)
                .orElse(null);
        return new PublicCaseView(
                complaint.getTrackingNumber(),
                complaint.getStatus().name(),
                complaint.getSubject(),
                complaint.getReceivedAt(),
                complaint.getClosedAt(),
                running.map(DeadlineView::dueAt).orElse(null),
                owners.deskOf(complaint).orElse(null),
                materialRequested,
                publicEvents,
                replyFiles.sentWith(complaint),
                ratings.of(complaint).orElse(null),
                ratings.mayRate(complaint),
                reviews.askable(complaint).map(PublicCaseView.ReviewOffer::of).orElse(null));
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
}
