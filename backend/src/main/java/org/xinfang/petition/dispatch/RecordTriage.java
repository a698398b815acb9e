package org.xinfang.petition.dispatch;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.TriageDecision;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * Completes 受理研判 (userTask_triage): accept; not accept, with the reason the complainant is told; or merge as
 * a repeat of an open case (重复件并单), which links both and answers the repeat with the original's progress.
 */
@Component("recordTriage")
class RecordTriage implements TaskListener {

    static final int MAX_REASON = 2000;
    private static final int MAX_TRACKING_NUMBER = 40;

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;
    private final Messages messages;

    RecordTriage(Cases cases, CaseRecords records, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.records = records;
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
                timeline.record(complaint, CaseEventType.NOT_ACCEPTED, reason, reason);
            }
            case MERGE -> merge(complaint, input);
        }
        input.text(Var.REASON, "reason", MAX_REASON);
        input.text(Var.ORIGINAL_TRACKING_NUMBER, "originalTrackingNumber", MAX_TRACKING_NUMBER);
    }

    private void merge(Complaint repeat, TaskInput input) {
        String number = input.requiredText(Var.ORIGINAL_TRACKING_NUMBER, "originalTrackingNumber", MAX_TRACKING_NUMBER);
        Complaint original = cases.find(number)
                .orElseThrow(() -> PetitionException.invalid("originalTrackingNumber", "constraint.unknown-case"));
        if (original.getId().equals(repeat.getId())) {
            throw PetitionException.invalid("originalTrackingNumber", "case.merge-into-self");
        }
        if (!original.isOpen()) {
            throw PetitionException.invalid("originalTrackingNumber", "case.merge-original-closed", number);
        }
        records.mergeAsRepeat(repeat.getTrackingNumber(), original.getTrackingNumber());
        String progress = messages.both(
                "note.merged-progress",
                original.getTrackingNumber(),
                new DefaultMessageSourceResolvable("status." + original.getStatus()));
        timeline.record(repeat, CaseEventType.MERGED_AS_REPEAT, original.getTrackingNumber(), progress);
        timeline.record(original, CaseEventType.REPEAT_LINKED, repeat.getTrackingNumber(), null);
    }
}
