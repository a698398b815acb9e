package org.xinfang.petition.selfservice;

import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.MessageCorrelationBuilder;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.Message;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.shared.PetitionException;

/**
 * 撤回: the complainant withdraws an open complaint with the tracking number and query code. The model's
 * withdrawal event subprocess ends the case: open tasks and timers are cancelled, running limits end, the
 * timeline says so and the case is WITHDRAWN. A case that is already closed (also not accepted or merged) cannot
 * be withdrawn.
 */
@Service
class Withdrawals {

    private final StatusLookup lookup;
    private final RuntimeService runtime;

    Withdrawals(StatusLookup lookup, RuntimeService runtime) {
        this.lookup = lookup;
        this.runtime = runtime;
    }

    @Transactional
    void withdraw(String trackingNumber, String queryCode, String reason) {
        Complaint complaint = lookup.verified(trackingNumber, queryCode);
        if (!complaint.isOpen()) {
            throw PetitionException.conflict(
                    "withdrawal.case-not-open",
                    complaint.getTrackingNumber(),
                    new DefaultMessageSourceResolvable(
                            "status." + complaint.getStatus().name()));
        }
        MessageCorrelationBuilder withdrawal = runtime.createMessageCorrelation(Message.COMPLAINT_WITHDRAWN)
                .processInstanceBusinessKey(complaint.getTrackingNumber());
        if (reason != null && !reason.isBlank()) {
            withdrawal.setVariable(Var.REASON, Variables.stringValue(reason.strip(), true));
        }
        withdrawal.correlate();
    }
}
