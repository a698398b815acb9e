package org.xinfang.petition.handling;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.CaseDeadline;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.shared.Messages;

/**
 * 恢复计时 (serviceTask_resumeClock): the material arrived, or the time to supply it is over; the handling clock
 * runs again with the time that remained, and the complainant is told the new limit.
 */
@Component("resumeClock")
class ResumeClock implements JavaDelegate {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Cases cases;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final Messages messages;
    private final Clock clock;

    ResumeClock(Cases cases, Deadlines deadlines, CaseTimeline timeline, Messages messages, Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        String arrived = (String) execution.getVariable(MaterialRequests.NOTE);
        execution.removeVariable(MaterialRequests.NOTE);
        CaseDeadline handling = deadlines.resume(complaint, DeadlineStage.HANDLING);
        String due = DUE.format(handling.getDueAt().atZone(clock.getZone()));
        timeline.record(
                complaint,
                CaseEventType.CLOCK_RESUMED,
                arrived,
                messages.both(arrived == null ? "note.clock-resumed-wait-over" : "note.clock-resumed", due));
    }
}
