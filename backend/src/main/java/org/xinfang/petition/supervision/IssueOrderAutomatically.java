package org.xinfang.petition.supervision;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.shared.Messages;

/**
 * 自动下发督办单 (serviceTask_issueOrderAutomatically): after a missed order nobody waits for an inspector to
 * write one: an order with the standard instructions goes out at once, "逾期未办复，升级督办" one level up, or
 * "逾期未办复，继续督办" at the top.
 */
@Component("issueOrderAutomatically")
class IssueOrderAutomatically implements JavaDelegate {

    private final Cases cases;
    private final SupervisionOrders orders;
    private final Messages messages;

    IssueOrderAutomatically(Cases cases, SupervisionOrders orders, Messages messages) {
        this.cases = cases;
        this.orders = orders;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupervisionChain chain = SupervisionChain.of(execution);
        boolean escalated = orders.escalatedSince(orders.latest(chain.processInstanceId()), chain);
        String instructions =
                messages.zh(escalated ? "supervision.instructions.escalated" : "supervision.instructions.pressed");
        orders.issue(execution, cases.get(chain.trackingNumber()), instructions, null);
    }
}
