package org.xinfang.petition.review;

import java.util.Optional;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.process.ReviewProcess.Level;

/**
 * Who reviews a case (the model's gateways ask {@code ${reviewBodies.exists(execution, 'REVIEW')}}): for 复查 the
 * body above the bureau that handled it, for 复核 the body above the one that reviewed it, both from the
 * organisation tree. The tree ends at the province: a case handled there has no review in this system, and a
 * review by the province has no re-review in it.
 */
@Component("reviewBodies")
public class ReviewBodies {

    private final Cases cases;

    ReviewBodies(Cases cases) {
        this.cases = cases;
    }

    public boolean exists(DelegateExecution execution, String level) {
        return bodyFor(cases.get(execution.getProcessBusinessKey()), Level.valueOf(level))
                .isPresent();
    }

    Optional<OrgUnit> bodyFor(Complaint complaint, Level level) {
        OrgUnit below = level == Level.REVIEW ? complaint.getCurrentBureau() : complaint.getReviewBody();
        return Optional.ofNullable(below).map(OrgUnit::getParent).filter(OrgUnit::isBureau);
    }
}
