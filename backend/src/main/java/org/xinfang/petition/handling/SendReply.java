package org.xinfang.petition.handling;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.Reply;

/** 发送答复 (serviceTask_sendReply): the approved reply goes to the complainant; the handling clock stops. */
@Component("sendReply")
class SendReply implements JavaDelegate {

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;

    SendReply(Cases cases, CaseRecords records, CaseTimeline timeline) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        Reply reply = records.sendReply(complaint.getTrackingNumber());
        timeline.record(complaint, CaseEventType.REPLIED, "reply #" + records.ordinalOf(reply), reply.getText());
    }
}
