package org.xinfang.petition.handling;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;

/**
 * 一次性告知: within one handling stage (from the start of its clock; a reopened case starts a new one) the bureau
 * asks the complainant for material once, listing everything it needs. A further request is an exception: it
 * states its reason and waits for the bureau leader's approval ({@code gateway_firstMaterialRequest}).
 */
@Component("oneTimeNotice")
public class OneTimeNoticePolicy {

    private final Cases cases;
    private final Deadlines deadlines;

    OneTimeNoticePolicy(Cases cases, Deadlines deadlines) {
        this.cases = cases;
        this.deadlines = deadlines;
    }

    /** For the model's gateway: whether the request now arriving is the stage's first. */
    public boolean isFirst(DelegateExecution execution) {
        return isFirst(cases.get(execution.getProcessBusinessKey()));
    }

    /** Whether a request now would be the first of the case's running handling stage. */
    boolean isFirst(Complaint complaint) {
        return !deadlines.running(complaint, DeadlineStage.HANDLING).hasPauses();
    }
}
