package org.xinfang.petition.dispatch;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.TriageDecision;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.Messages;

/**
 * Completes 受理研判 (userTask_triage): accept; or propose to refuse (否定报备), which the office leader decides
 * before anything is done or told: not accept, with the reason the complainant will be told, or merge as a repeat
 * of an open case (重复件并单). A proposal keeps its reason or original in the process until the decision.
 */
@Component("recordTriage")
class RecordTriage implements TaskListener {

    static final int MAX_REASON = 2000;
    static final int MAX_TRACKING_NUMBER = 40;

    private final Cases cases;
    private final Refusals refusals;
    private final CaseTimeline timeline;
    private final Messages messages;

    RecordTriage(Cases cases, Refusals refusals, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.refusals = refusals;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        TriageDecision decision = input.choice(Var.TRIAGE_DECISION, TriageDecision.class, "decision");
        String comment = input.text(Var.COMMENT, "comment", MAX_REASON);
        switch (decision) {
            case ACCEPT -> timeline.record(complaint, CaseEventType.ACCEPTED, comment, messages.both("note.accepted"));
            case NOT_ACCEPT -> {
                String reason = input.requiredText(Var.REASON, "reason", MAX_REASON);
                task.getExecution().setVariable(Var.REFUSAL_REASON, reason);
                timeline.record(complaint, CaseEventType.REFUSAL_PROPOSED, reason, null);
            }
            case MERGE -> {
                String original =
                        input.requiredText(Var.ORIGINAL_TRACKING_NUMBER, "originalTrackingNumber", MAX_TRACKING_NUMBER);
                refusals.checkMergeable(complaint, original);
                task.getExecution().setVariable(Var.MERGE_INTO, original);
                timeline.record(
                        complaint,
                        CaseEventType.REFUSAL_PROPOSED,
                        messages.both("note.merge-proposed", original),
                        null);
            }
        }
        input.text(Var.REASON, "reason", MAX_REASON);
        input.text(Var.ORIGINAL_TRACKING_NUMBER, "originalTrackingNumber", MAX_TRACKING_NUMBER);
    }
}
