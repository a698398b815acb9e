package org.xinfang.petition.supervision;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/** A running supervision as its process variables describe it. */
record SupervisionChain(
        String processInstanceId,
        String trackingNumber,
        DeadlineStage stage,
        String bureau,
        String level,
        boolean flagged,
        int missedOrders) {

    static SupervisionChain of(DelegateExecution execution) {
        Integer missed = (Integer) execution.getVariable(Var.MISSED_ORDERS);
        return new SupervisionChain(
                execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(),
                DeadlineStage.valueOf((String) execution.getVariable(Var.STAGE)),
                (String) execution.getVariable(Var.BUREAU),
                (String) execution.getVariable(Var.LEVEL),
                Boolean.TRUE.equals(execution.getVariable(Var.FLAGGED)),
                missed == null ? 0 : missed);
    }
}
