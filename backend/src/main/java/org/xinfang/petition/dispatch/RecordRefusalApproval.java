package org.xinfang.petition.dispatch;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEvent;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.TriageDecision;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.PetitionException;

/**
 * Completes 否定报备审批 (userTask_approveRefusal), through any door: the office leader, never the clerk who proposed
 * the refusal, approves it (the case is then not accepted, or merged) or sends it back to triage with the reason.
 */
@Component("recordRefusalApproval")
class RecordRefusalApproval implements TaskListener {

    private final Cases cases;
    private final Refusals refusals;
    private final CaseTimeline timeline;

    RecordRefusalApproval(Cases cases, Refusals refusals, CaseTimeline timeline) {
        this.cases = cases;
        this.refusals = refusals;
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        if (timeline.currentActor().equals(proposerOf(complaint))) {
            throw PetitionException.forbidden("refusal.own-proposal", complaint.getTrackingNumber());
        }
        boolean approved = input.yesNo(Var.REFUSAL_APPROVED, "approved");
        String comment = approved
                ? input.text(Var.COMMENT, "comment", RecordTriage.MAX_REASON)
                : input.requiredText(Var.COMMENT, "comment", RecordTriage.MAX_REASON);
        if (!approved) {
            timeline.record(complaint, CaseEventType.REFUSAL_SENT_BACK, comment, null);
            return;
        }
        TriageDecision decision = TriageDecision.valueOf((String) task.getVariable(Var.TRIAGE_DECISION));
        if (decision == TriageDecision.MERGE) {
            refusals.merge(complaint, (String) task.getVariable(Var.MERGE_INTO));
        } else {
            refusals.notAccept(complaint, (String) task.getVariable(Var.REFUSAL_REASON));
        }
    }

    private String proposerOf(Complaint complaint) {
        return timeline.of(complaint).stream()
                .filter(event -> event.getType() == CaseEventType.REFUSAL_PROPOSED)
                .reduce((first, later) -> later)
                .map(CaseEvent::getActor)
                .orElse(null);
    }
}
