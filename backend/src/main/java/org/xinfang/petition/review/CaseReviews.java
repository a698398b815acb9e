package org.xinfang.petition.review;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.process.ReviewProcess;
import org.xinfang.petition.process.ReviewProcess.Level;

/** A case's reviews as the views show them, and the review the complainant may still ask for, until when. */
@Service
@Transactional(readOnly = true)
public class CaseReviews {

    private final CaseReviewRepository reviews;
    private final ReviewBodies bodies;
    private final RequestingReview requesting;
    private final RuntimeService runtime;
    private final Cases cases;

    CaseReviews(
            CaseReviewRepository reviews,
            ReviewBodies bodies,
            RequestingReview requesting,
            RuntimeService runtime,
            Cases cases) {
        this.cases = cases;
        this.reviews = reviews;
        this.bodies = bodies;
        this.requesting = requesting;
        this.runtime = runtime;
    }

    /** Each level asked for, in order, with its opinion once given. */
    public List<ReviewView> viewsOf(Complaint complaint) {
        return reviews.findByComplaintIdOrderByIdAsc(complaint.getId()).stream()
                .map(ReviewView::of)
                .toList();
    }

    /** The same for the case under this number. */
    public Optional<Askable> askable(String trackingNumber) {
        return askable(cases.get(trackingNumber));
    }

    /** The next review the complainant may ask for now, of which body, and until when; empty when none. */
    public Optional<Askable> askable(Complaint complaint) {
        // asked on every lookup: an open case costs no query
        Optional<Level> next = NextReviewLevel.open(complaint);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Level level = next.get();
        Optional<OrgUnit> body = bodies.bodyFor(complaint, level);
        if (body.isEmpty() || !requesting.isWaitingFor(complaint, level)) {
            return Optional.empty();
        }
        ProcessInstance waiting = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(complaint.getTrackingNumber())
                .singleResult();
        Date until = (Date) runtime.getVariable(waiting.getId(), ReviewWindows.variableOf(level));
        return Optional.of(new Askable(level, body.get().getNameZh(), body.get().getNameEn(), until.toInstant()));
    }

    /** A review the complainant may ask for: its level, the body that would answer it, the window's end. */
    public record Askable(Level level, String bodyZh, String bodyEn, Instant until) {}
}
