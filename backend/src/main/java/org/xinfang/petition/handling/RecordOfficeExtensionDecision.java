package org.xinfang.petition.handling;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.shared.PetitionException;

/**
 * Completes the petition office's approval of an extension (信访办审批延期, userTask_approveExtensionByOffice):
 * approve within the {@link SecondExtensionPolicy}, or refuse with a reason; the model's gateway then grants it
 * or ends it.
 */
@Component("recordOfficeExtensionDecision")
class RecordOfficeExtensionDecision implements TaskListener {

    private final ExtensionDecisions decisions;
    private final SecondExtensionPolicy secondExtension;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final Clock clock;

    RecordOfficeExtensionDecision(
            ExtensionDecisions decisions,
            SecondExtensionPolicy secondExtension,
            Deadlines deadlines,
            CaseTimeline timeline,
            Clock clock) {
        this.decisions = decisions;
        this.secondExtension = secondExtension;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ExtensionDecisions.Decision decision = decisions.read(task);
        Complaint complaint = decision.complaint();
        int extendedSoFar = deadlines.running(complaint, DeadlineStage.HANDLING).getExtensionAmount();
        if (decision.approved() && !secondExtension.allows(extendedSoFar, decision.override())) {
            throw PetitionException.conflict("extension.only-once", complaint.getTrackingNumber());
        }
        decision.request()
                .officeDecides(decision.override(), timeline.currentActor(), clock.instant(), decision.comment());
        if (!decision.approved()) {
            timeline.record(complaint, CaseEventType.EXTENSION_REFUSED, decision.comment(), null);
        }
    }
}
