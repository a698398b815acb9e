package org.xinfang.petition.evaluation;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.RectificationProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.Messages;

/**
 * Completes 整改核查 (userTask_checkRectification): the petition office accepts the bureau's rectification, which
 * ends it and tells the complainant, or sends it back saying what is still not right; the limit runs on.
 */
@Component("recordRectificationCheck")
class RecordRectificationCheck implements TaskListener {

    private final Cases cases;
    private final CaseTimeline timeline;
    private final Messages messages;

    RecordRectificationCheck(Cases cases, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        boolean accepted = input.yesNo(Var.ACCEPTED, "accepted");
        if (accepted) {
            String comment = input.text(Var.COMMENT, "comment", RecordRectification.MAX_TEXT);
            timeline.record(
                    complaint,
                    CaseEventType.RECTIFICATION_ACCEPTED,
                    comment,
                    messages.both("note.rectification-accepted"));
        } else {
            String comment = input.requiredText(Var.COMMENT, "comment", RecordRectification.MAX_TEXT);
            timeline.record(complaint, CaseEventType.RECTIFICATION_SENT_BACK, comment, null);
        }
    }
}
