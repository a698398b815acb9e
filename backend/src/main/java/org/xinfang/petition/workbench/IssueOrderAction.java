package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.supervision.Inspection;
import org.xinfang.petition.supervision.Inspection.OrderRequest;
import org.xinfang.petition.supervision.SupervisionProcess.Step;

/**
 * 下发督办单: the supervision's task at the inspector's level; the bureau must answer within the days given (none:
 * the time-limits rule).
 */
@Component
@Order(81)
class IssueOrderAction extends TaskAction {

    private final Inspection inspection;

    IssueOrderAction(Inspection inspection) {
        super(Step.ISSUE_ORDER.taskKey());
        this.inspection = inspection;
    }

    @Override
    public String key() {
        return "supervision-order";
    }

    @Override
    public String label() {
        return "action.supervisionOrder";
    }

    @Override
    public String formId() {
        return "supervision-order";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        OrderRequest order = input.valid(new OrderRequest(input.text("instructions"), input.number("workingDays")));
        inspection.issueOrder(trackingNumber, order.instructions(), order.workingDays());
    }
}
