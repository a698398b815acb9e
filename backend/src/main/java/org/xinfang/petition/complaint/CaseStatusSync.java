package org.xinfang.petition.complaint;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.ModelStatus;

/**
 * The one place that keeps a complaint's status in step with its process. The model declares the status of
 * each user task and end event as the extension property {@value ComplaintStatus#PROPERTY}; entering such an
 * activity sets it, and a final status also closes the case.
 */
@Component
class CaseStatusSync extends ModelStatus<ComplaintStatus> {

    private final ComplaintRepository complaints;
    private final Clock clock;

    CaseStatusSync(ComplaintRepository complaints, Clock clock) {
        super(ComplaintStatus.PROPERTY, ComplaintStatus.class);
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    protected void apply(DelegateExecution execution, ComplaintStatus status) {
        complaints
                .findByTrackingNumber(execution.getProcessBusinessKey())
                .ifPresent(complaint -> complaint.changeStatus(status, clock.instant()));
    }
}
