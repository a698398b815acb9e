package org.xinfang.petition.handling;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.PetitionException;

/**
 * Completes the two approvals of an extension (userTask_approveExtensionByLeader, ..ByOffice): approve, or
 * refuse with a reason. A case extended once already needs the office's explicit override.
 */
@Component("recordExtensionDecision")
class RecordExtensionDecision implements TaskListener {

  private final Cases cases;
  private final ExtensionRequestRepository requests;
  private final Deadlines deadlines;
  private final CaseTimeline timeline;
  private final Clock clock;

  RecordExtensionDecision(Cases cases, ExtensionRequestRepository requests, Deadlines deadlines,
      CaseTimeline timeline, Clock clock) {
    this.cases = cases;
    this.requests = requests;
    this.deadlines = deadlines;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    Complaint complaint = cases.get(input.businessKey());
    boolean approved = input.yesNo(Var.EXTENSION_APPROVED, "approved");
    boolean override = Boolean.TRUE.equals(task.getVariable(Var.OVERRIDE));
    task.removeVariable(Var.OVERRIDE);
    String comment = approved ? input.text(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT)
        : input.requiredText(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT);
    ExtensionRequest request = requests.findFirstByComplaintIdAndStatusIn(complaint.getId(), Extensions.PENDING)
        .orElseThrow(() -> new IllegalStateException("No extension request on " + complaint.getTrackingNumber()));
    String actor = timeline.currentActor();
    if (Stage.ofTaskKey(task.getTaskDefinitionKey()) == Stage.EXTENSION_LEADER_APPROVAL) {
      request.leaderDecides(approved, actor, clock.instant(), comment);
      timeline.record(complaint, approved ? CaseEventType.EXTENSION_APPROVED_BY_LEADER
          : CaseEventType.EXTENSION_REFUSED, comment, null);
      return;
    }
    boolean extendedBefore = deadlines.running(complaint, DeadlineStage.HANDLING).getExtensionAmount() > 0;
    if (approved && extendedBefore && !override) {
      throw PetitionException.conflict("extension.only-once", complaint.getTrackingNumber());
    }
    request.officeDecides(approved, override, actor, clock.instant(), comment);
    if (!approved) {
      timeline.record(complaint, CaseEventType.EXTENSION_REFUSED, comment, null);
    }
  }
}
