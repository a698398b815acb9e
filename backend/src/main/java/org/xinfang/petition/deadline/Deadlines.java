package org.xinfang.petition.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.Var;

/**
 * Computes due dates from the {@code time-limits} decision. The model calls it: {@code deadlines.dueFor} for the
 * due date of a task, {@code deadlines.start} in the service task that starts a timed stage's clock.
 */
@Component("deadlines")
public class Deadlines {

  private final Cases cases;
  private final Clock clock;

  Deadlines(Cases cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  /** The due date of a stage that starts now. */
  public Date dueFor(DelegateExecution execution, String stage) {
    return Date.from(limitFor(execution, LimitStage.valueOf(stage)).dueFrom(clock.instant()));
  }

  /**
   * Starts the clock of a timed stage: sets the due and warning moments that the stage's timers and task read,
   * and shows the due date on the case.
   */
  public void start(DelegateExecution execution, String stage) {
    LimitStage limitStage = LimitStage.valueOf(stage);
    TimeLimit limit = limitFor(execution, limitStage);
    Instant now = clock.instant();
    Instant due = limit.dueFrom(now);
    execution.setVariable(limitStage.dueVariable(), Date.from(due));
    execution.setVariable(limitStage.warningVariable(), Date.from(limit.warningFrom(now)));
    cases.get(execution.getProcessBusinessKey()).setDueAt(due);
  }

  private TimeLimit limitFor(DelegateExecution execution, LimitStage stage) {
    DmnDecisionResultEntries result = execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(ComplaintProcess.TIME_LIMITS_DECISION)
        .variables(Variables.createVariables()
            .putValue("stage", stage.name())
            .putValue("urgency", execution.getVariable(Var.URGENCY))
            .putValue("category", execution.getVariable(Var.CATEGORY)))
        .evaluate()
        .getFirstResult();
    if (result == null) {
      throw new IllegalStateException("time-limits has no limit for stage " + stage);
    }
    return new TimeLimit(Duration.parse(result.getEntry("limit")), Duration.parse(result.getEntry("warnBefore")));
  }
}
