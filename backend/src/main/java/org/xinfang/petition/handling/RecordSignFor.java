package org.xinfang.petition.handling;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.SignForDecision;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.BilingualName;
import org.xinfang.petition.shared.Messages;

/**
 * Completes 签收 (userTask_signFor): the bureau signs for the case, or returns it as misrouted (退回) with its
 * reasons. Whether it may return it is the model's gateway {@code gateway_mayReturn}: within the
 * {@link ReturnWindowPolicy} and not after a designation ({@link NoReturnAfterDesignationPolicy}).
 */
@Component("recordSignFor")
class RecordSignFor implements TaskListener {

    static final int MAX_TEXT = 2000;

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;
    private final Messages messages;

    RecordSignFor(Cases cases, CaseRecords records, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        SignForDecision decision = input.choice(Var.SIGN_FOR_DECISION, SignForDecision.class, "decision");
        String comment = input.text(Var.COMMENT, "comment", MAX_TEXT);
        BilingualName bureauName = complaint.getCurrentBureau().bilingualName();
        if (decision == SignForDecision.SIGN_FOR) {
            input.text(Var.REASON, "reason", MAX_TEXT);
            timeline.record(complaint, CaseEventType.SIGNED_FOR, comment, messages.both("note.signed-for", bureauName));
            return;
        }
        String reason = input.requiredText(Var.REASON, "reason", MAX_TEXT);
        timeline.record(complaint, CaseEventType.RETURNED, comment == null ? reason : reason + "; " + comment, null);
        records.returnToOffice(complaint.getTrackingNumber());
    }
}
