package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.handling.BureauRequests.ExtensionDecision;
import org.xinfang.petition.handling.Extensions;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * 延期审批 by the bureau leader, first of the extension's two approvals (the petition office decides next), as the
 * API's extension-approval decides it (the form's override is the office's: the leader's step ignores it).
 */
@Component
@Order(70)
class LeaderExtensionApprovalAction extends TaskAction {

    private static final String APPROVED = "extensionApproved";

    private final Extensions extensions;

    LeaderExtensionApprovalAction(Extensions extensions) {
        super(Stage.EXTENSION_LEADER_APPROVAL.taskKey());
        this.extensions = extensions;
    }

    @Override
    public String key() {
        return "approve-extension-as-leader";
    }

    @Override
    public String label() {
        return "action.approve-extension-as-leader";
    }

    @Override
    public String formId() {
        return "approve-extension";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        ExtensionDecision decision = input.valid(
                new ExtensionDecision(input.yesNo(APPROVED), input.text("comment"), input.ticked("override")));
        extensions.decide(
                trackingNumber, decision.approved(), decision.comment(), Boolean.TRUE.equals(decision.override()));
    }

    @Override
    public String formKeyOf(String field) {
        return "approved".equals(field) ? APPROVED : field;
    }
}
