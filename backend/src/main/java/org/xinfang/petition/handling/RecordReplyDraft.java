package org.xinfang.petition.handling;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.Reply;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;

/** Completes 办理并拟写答复 (userTask_handleAndReply): the handler's reply goes to the bureau leader. */
@Component("recordReplyDraft")
class RecordReplyDraft implements TaskListener {

    static final int MAX_REPLY = 8000;

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;

    RecordReplyDraft(Cases cases, CaseRecords records, CaseTimeline timeline) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        String text = input.requiredText(Var.REPLY_TEXT, "text", MAX_REPLY);
        Reply reply = records.draftReply(complaint.getTrackingNumber(), text);
        timeline.record(complaint, CaseEventType.REPLY_DRAFTED, "reply #" + records.ordinalOf(reply), null);
    }
}
