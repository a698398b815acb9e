package org.xinfang.petition.selfservice;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.shared.Messages;

/**
 * 记录撤回 (serviceTask_recordWithdrawal): the complainant's withdrawal goes on the timeline, with their reason for
 * them to read back; the end event after it gives the case its final status.
 */
@Component("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

    private final Cases cases;
    private final CaseTimeline timeline;
    private final Messages messages;

    RecordWithdrawal(Cases cases, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        String reason = (String) execution.getVariable(Var.REASON);
        timeline.record(
                complaint,
                CaseEventType.WITHDRAWN,
                reason,
                reason == null ? messages.both("note.withdrawn") : messages.both("note.withdrawn-with-reason", reason));
    }
}
