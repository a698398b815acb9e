package org.xinfang.petition.callback;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.shared.Messages;

/** 重办 (serviceTask_reopenCase): an unsatisfied complainant's case goes back to the same bureau, once. */
@Component("reopenCase")
class ReopenCase implements JavaDelegate {

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;
    private final Messages messages;

    ReopenCase(Cases cases, CaseRecords records, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        execution.setVariable(Var.REOPEN_COUNT, records.reopen(complaint.getTrackingNumber()));
        timeline.record(
                complaint,
                CaseEventType.REOPENED,
                null,
                messages.both("note.reopened", complaint.getCurrentBureau().bilingualName()));
    }
}
