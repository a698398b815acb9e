package org.xinfang.petition.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.process.ComplaintProcess.SignForDecision;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * Completes 签收 (userTask_signFor): the bureau signs for the case, or returns it as misrouted (退回) with its
 * reasons within the objection window (time-limits RETURN_WINDOW, 5 working days from dispatch), unless the
 * petition office designated it to this bureau.
 */
@Component("recordSignFor")
class RecordSignFor implements TaskListener {

  static final int MAX_TEXT = 2000;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Cases cases;
  private final CaseRecords records;
  private final CaseTimeline timeline;
  private final Messages messages;
  private final Deadlines deadlines;
  private final Clock clock;

  RecordSignFor(Cases cases, CaseRecords records, CaseTimeline timeline, Messages messages, Deadlines deadlines,
      Clock clock) {
    this.cases = cases;
    this.records = records;
    this.timeline = timeline;
    this.messages = messages;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    Complaint complaint = cases.get(input.businessKey());
    SignForDecision decision = input.choice(Var.SIGN_FOR_DECISION, SignForDecision.class, "decision");
    String comment = input.text(Var.COMMENT, "comment", MAX_TEXT);
    String bureauName = complaint.getCurrentBureau().getNameZh();
    if (decision == SignForDecision.SIGN_FOR) {
      input.text(Var.REASON, "reason", MAX_TEXT);
      timeline.record(complaint, CaseEventType.SIGNED_FOR, comment, messages.both("note.signed-for", bureauName));
      return;
    }
    if (complaint.isDesignated()) {
      throw PetitionException.conflict("case.designated-no-return", complaint.getTrackingNumber());
    }
    Instant returnBy = deadlines.dueAfter(complaint, DeadlineStage.RETURN_WINDOW,
        deadlines.running(complaint, DeadlineStage.SIGN_FOR).getStartedAt());
    if (!clock.instant().isBefore(returnBy)) {
      throw PetitionException.conflict("case.return-window-passed", complaint.getTrackingNumber(),
          DUE.format(returnBy.atZone(clock.getZone())));
    }
    String reason = input.requiredText(Var.REASON, "reason", MAX_TEXT);
    timeline.record(complaint, CaseEventType.RETURNED, comment == null ? reason : reason + "; " + comment, null);
    records.returnToOffice(complaint.getTrackingNumber());
  }
}
