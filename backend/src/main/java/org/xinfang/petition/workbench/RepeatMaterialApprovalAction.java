package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.handling.BureauRequests.ApprovalRequest;
import org.xinfang.petition.handling.MaterialRequests;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/** 一次性告知: the bureau leader approves or refuses a second request for material in the handling stage. */
@Component
@Order(66)
class RepeatMaterialApprovalAction extends TaskAction {

    private static final String APPROVED = "materialRepeatApproved";

    private final MaterialRequests materialRequests;

    RepeatMaterialApprovalAction(MaterialRequests materialRequests) {
        super(Stage.MATERIAL_REPEAT_APPROVAL.taskKey());
        this.materialRequests = materialRequests;
    }

    @Override
    public String key() {
        return "approve-material-request";
    }

    @Override
    public String label() {
        return "action.approve-material-request";
    }

    @Override
    public String formId() {
        return "approve-material-request";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        ApprovalRequest decision = input.valid(new ApprovalRequest(input.yesNo(APPROVED), input.text("comment")));
        materialRequests.decideRepeat(trackingNumber, decision.approved(), decision.comment());
    }
}
