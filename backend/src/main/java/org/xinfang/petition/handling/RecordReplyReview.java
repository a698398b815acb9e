package org.xinfang.petition.handling;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;

/**
 * Completes 审核答复 (userTask_approveReply): the bureau leader approves the drafted reply, or sends it back to the
 * handler with the reasons.
 */
@Component("recordReplyReview")
class RecordReplyReview implements TaskListener {

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;

    RecordReplyReview(Cases cases, CaseRecords records, CaseTimeline timeline) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        boolean approved = input.yesNo(Var.REPLY_APPROVED, "approved");
        String comment = approved
                ? input.text(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT)
                : input.requiredText(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT);
        if (approved) {
            records.approveReply(complaint.getTrackingNumber(), comment);
            timeline.record(complaint, CaseEventType.REPLY_APPROVED, comment, null);
        } else {
            records.rejectReply(complaint.getTrackingNumber(), comment);
            timeline.record(complaint, CaseEventType.REPLY_REJECTED, comment, null);
        }
    }
}
