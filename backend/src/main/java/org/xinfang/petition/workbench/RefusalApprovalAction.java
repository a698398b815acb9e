package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.dispatch.Triaging;
import org.xinfang.petition.dispatch.Triaging.RefusalDecision;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.Var;

/** 否定报备: the office leader approves a clerk's proposal not to accept the case or to merge it, or sends it back. */
@Component
@Order(21)
class RefusalApprovalAction extends TaskAction {

    private final Triaging triaging;

    RefusalApprovalAction(Triaging triaging) {
        super(Stage.REFUSAL_APPROVAL.taskKey());
        this.triaging = triaging;
    }

    @Override
    public String key() {
        return "approve-refusal";
    }

    @Override
    public String label() {
        return "action.approve-refusal";
    }

    @Override
    public String formId() {
        return "approve-refusal";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        triaging.decideRefusal(
                trackingNumber,
                input.valid(new RefusalDecision(input.yesNo(Var.REFUSAL_APPROVED), input.text("comment"))));
    }
}
