package org.xinfang.petition.handling;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.Reply;
import org.xinfang.petition.complaint.ReplyRepository;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;

/**
 * Completes 审核答复 (userTask_approveReply): the bureau leader approves the drafted reply, or sends it back to the
 * handler with the reasons.
 */
@Component("recordReplyReview")
class RecordReplyReview implements TaskListener {

  private final Cases cases;
  private final ReplyRepository replies;
  private final CaseTimeline timeline;
  private final Clock clock;

  RecordReplyReview(Cases cases, ReplyRepository replies, CaseTimeline timeline, Clock clock) {
    this.cases = cases;
    this.replies = replies;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    Complaint complaint = cases.get(input.businessKey());
    boolean approved = input.yesNo(Var.REPLY_APPROVED, "approved");
    String comment = approved
        ? input.text(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT)
        : input.requiredText(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT);
    Reply reply = replies.findFirstByComplaintIdAndStatusOrderByIdDesc(complaint.getId(), Reply.Status.PENDING_APPROVAL)
        .orElseThrow(() -> new IllegalStateException("No reply awaits approval on " + complaint.getTrackingNumber()));
    if (approved) {
      reply.approve(timeline.currentActor(), clock.instant(), comment);
      timeline.record(complaint, CaseEventType.REPLY_APPROVED, comment, null);
    } else {
      reply.reject(timeline.currentActor(), clock.instant(), comment);
      timeline.record(complaint, CaseEventType.REPLY_REJECTED, comment, null);
    }
  }
}
