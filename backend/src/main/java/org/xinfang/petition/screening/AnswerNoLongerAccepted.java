package org.xinfang.petition.screening;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.shared.Messages;

/**
 * 告知不再受理 (serviceTask_answerNoLongerAccepted): a filing of a matter closed for good is answered, on its public
 * timeline and so in a message to the complainant, that it is no longer accepted, with the number of the case that
 * closed it.
 */
@Component("answerNoLongerAccepted")
class AnswerNoLongerAccepted implements JavaDelegate {

    private final Cases cases;
    private final CaseTimeline timeline;
    private final Messages messages;

    AnswerNoLongerAccepted(Cases cases, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String settledIn = (String) execution.getVariable(SettledMatters.SETTLED_IN);
        timeline.record(
                cases.get(execution.getProcessBusinessKey()),
                CaseEventType.NO_LONGER_ACCEPTED,
                settledIn,
                messages.both("note.no-longer-accepted", settledIn));
    }
}
