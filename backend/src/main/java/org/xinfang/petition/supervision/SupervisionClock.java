package org.xinfang.petition.supervision;

import java.util.Date;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.calendar.WorkingCalendar.Schedule;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/**
 * The inspectors' own limit: once a supervision opens, and after each answer, the level's inspectors issue the next
 * order within {@code time-limits} SUPERVISION_ISSUE; the model calls {@code supervisionClock.startIssue} on the way
 * to the task, and its timers read the moments set here.
 */
@Component("supervisionClock")
public class SupervisionClock {

    private final Cases cases;
    private final Deadlines deadlines;

    SupervisionClock(Cases cases, Deadlines deadlines) {
        this.cases = cases;
        this.deadlines = deadlines;
    }

    public void startIssue(DelegateExecution execution) {
        Schedule schedule =
                deadlines.scheduleFrom(cases.get(execution.getProcessBusinessKey()), DeadlineStage.SUPERVISION_ISSUE);
        execution.setVariable(Var.ISSUE_DUE, Date.from(schedule.due()));
        execution.setVariable(Var.ISSUE_WARNING, Date.from(schedule.warning()));
    }
}
