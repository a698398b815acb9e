package org.xinfang.petition.handling;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;

/**
 * Completes the bureau leader's approval of an extension (单位负责人审批延期, userTask_approveExtensionByLeader):
 * approve, or refuse with a reason; the model's gateway then sends it to the office or ends it.
 */
@Component("recordLeaderExtensionDecision")
class RecordLeaderExtensionDecision implements TaskListener {

    private final ExtensionDecisions decisions;
    private final CaseTimeline timeline;
    private final Clock clock;

    RecordLeaderExtensionDecision(ExtensionDecisions decisions, CaseTimeline timeline, Clock clock) {
        this.decisions = decisions;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ExtensionDecisions.Decision decision = decisions.read(task);
        decision.request().leaderDecides(timeline.currentActor(), clock.instant(), decision.comment());
        timeline.record(
                decision.complaint(),
                decision.approved() ? CaseEventType.EXTENSION_APPROVED_BY_LEADER : CaseEventType.EXTENSION_REFUSED,
                decision.comment(),
                null);
    }
}
