package org.xinfang.petition.deadline;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;

/** Records a warning (黄牌) or overdue (红牌) event on the case when one of the model's timers fires. */
@Component("deadlineAlerts")
public class DeadlineAlerts {

  private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Cases cases;
  private final CaseTimeline timeline;

  DeadlineAlerts(Cases cases, CaseTimeline timeline) {
    this.cases = cases;
    this.timeline = timeline;
  }

  public void record(DelegateExecution execution, String alert) {
    CaseEventType type = CaseEventType.valueOf(alert);
    LimitStage stage = type.name().startsWith("SIGN_FOR") ? LimitStage.SIGN_FOR : LimitStage.HANDLING;
    Date due = (Date) execution.getVariable(stage.dueVariable());
    Complaint complaint = cases.get(execution.getProcessBusinessKey());
    String bureau = complaint.getCurrentBureau() == null ? "" : complaint.getCurrentBureau().getCode();
    timeline.record(complaint, type,
        "时限 due " + DUE_FORMAT.format(due.toInstant().atZone(java.time.ZoneId.systemDefault())) + " " + bureau,
        null);
  }
}
