package org.xinfang.petition.supervision;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/**
 * Completes 下发督办单 (userTask_issueOrder): an inspector of the level issues an order with written instructions
 * and, optionally, the working days the bureau has to answer it.
 */
@Component("recordSupervisionOrder")
class RecordSupervisionOrder implements TaskListener {

    private final Cases cases;
    private final SupervisionOrders orders;

    RecordSupervisionOrder(Cases cases, SupervisionOrders orders) {
        this.cases = cases;
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        String instructions = input.text(Var.INSTRUCTIONS, "instructions", SupervisionOrders.MAX_INSTRUCTIONS);
        if (instructions == null) {
            throw PetitionException.invalid("instructions", "constraint.NotBlank");
        }
        Integer workingDays = input.wholeNumber(
                Var.WORKING_DAYS,
                "workingDays",
                SupervisionOrders.MIN_WORKING_DAYS,
                SupervisionOrders.MAX_WORKING_DAYS);
        orders.issue(task.getExecution(), cases.get(input.businessKey()), instructions, workingDays);
    }
}
