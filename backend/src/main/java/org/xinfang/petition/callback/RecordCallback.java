package org.xinfang.petition.callback;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Callback;
import org.xinfang.petition.complaint.CallbackRepository;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.complaint.CaseEventType;
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
  private final CallbackRepository callbacks;
  private final CaseTimeline timeline;
  private final Messages messages;
  private final Clock clock;

  RecordCallback(Cases cases, CallbackRepository callbacks, CaseTimeline timeline, Messages messages, Clock clock) {
    this.cases = cases;
    this.callbacks = callbacks;
    this.timeline = timeline;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    Complaint complaint = cases.get(input.businessKey());
    CallbackResult result = input.choice(Var.CALLBACK_RESULT, CallbackResult.class, "result");
    String comment = input.text(Var.COMMENT, "comment", MAX_TEXT);
    String bureau = complaint.getCurrentBureau() == null ? null : complaint.getCurrentBureau().getCode();
    callbacks.save(new Callback(complaint.getId(), bureau, result, comment, timeline.currentActor(), clock.instant()));
    timeline.record(complaint, CaseEventType.CALLBACK_RECORDED, comment,
        messages.both("note.callback", new DefaultMessageSourceResolvable("callback." + result.name())));
  }
}
