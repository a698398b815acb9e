package org.xinfang.petition.handling;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.Reply;
import org.xinfang.petition.complaint.ReplyRepository;

/** 发送答复 (serviceTask_sendReply): the approved reply goes to the complainant; the handling clock stops. */
@Component("sendReply")
class SendReply implements JavaDelegate {

  private final Cases cases;
  private final ReplyRepository replies;
  private final CaseTimeline timeline;
  private final Clock clock;

  SendReply(Cases cases, ReplyRepository replies, CaseTimeline timeline, Clock clock) {
    this.cases = cases;
    this.replies = replies;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = cases.get(execution.getProcessBusinessKey());
    Reply reply = replies.findFirstByComplaintIdAndStatusOrderByIdDesc(complaint.getId(), Reply.Status.APPROVED)
        .orElseThrow(() -> new IllegalStateException("No approved reply on " + complaint.getTrackingNumber()));
    reply.markSent(clock.instant());
    complaint.setDueAt(null);
    timeline.record(complaint, CaseEventType.REPLIED, "reply #" + reply.getId(), reply.getText());
  }
}
