package org.xinfang.petition.callback;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.Messages;

/** Completes 回访 (userTask_callback): records the complainant's verdict on the reply. */
@Component("recordCallback")
class RecordCallback implements TaskListener {

    static final int MAX_TEXT = 2000;

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;
    private final Messages messages;

    RecordCallback(Cases cases, CaseRecords records, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        CallbackResult result = input.choice(Var.CALLBACK_RESULT, CallbackResult.class, "result");
        String comment = input.text(Var.COMMENT, "comment", MAX_TEXT);
        records.recordCallback(complaint.getTrackingNumber(), result, comment);
        timeline.record(
                complaint,
                CaseEventType.CALLBACK_RECORDED,
                comment,
                messages.both("note.callback", new DefaultMessageSourceResolvable("callback." + result.name())));
    }
}
