package org.xinfang.petition.handling;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.shared.Messages;

/** 暂停计时 (serviceTask_pauseClock): the handling clock stops while the complainant supplies material. */
@Component("pauseClock")
class PauseClock implements JavaDelegate {

    private final Cases cases;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final Messages messages;

    PauseClock(Cases cases, Deadlines deadlines, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        String what = (String) execution.getVariable(MaterialRequests.NOTE);
        execution.removeVariable(MaterialRequests.NOTE);
        deadlines.pause(complaint, DeadlineStage.HANDLING, what);
        timeline.record(complaint, CaseEventType.CLOCK_PAUSED, what, messages.both("note.clock-paused", what));
    }
}
