package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.handling.BureauRequests.ExtensionDecision;
import org.xinfang.petition.handling.Extensions;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * 延期审批: the bureau leader's, then the petition office's decision on a handler's request for more time, whichever
 * is open to the user; the request (how much, why) is shown beside the form.
 */
@Component
@Order(50)
class ExtensionApprovalAction implements CaseAction {

    private static final String APPROVED = "extensionApproved";

    private final Extensions extensions;

    ExtensionApprovalAction(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public String key() {
        return "approve-extension";
    }

    @Override
    public String label() {
        return "action.approveExtension";
    }

    @Override
    public String formId() {
        return "approve-extension";
    }

    @Override
    public String view() {
        return "workbench/clerk/approve-extension";
    }

    @Override
    public boolean offeredOn(CaseAtHand at) {
        return at.mayComplete(Stage.EXTENSION_LEADER_APPROVAL.taskKey())
                || at.mayComplete(Stage.EXTENSION_OFFICE_APPROVAL.taskKey());
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        ExtensionDecision decision = input.valid(
                new ExtensionDecision(input.yesNo(APPROVED), input.text("comment"), input.ticked("override")));
        extensions.decide(trackingNumber, decision.approved(), decision.comment(), decision.override());
    }

    @Override
    public String formKeyOf(String field) {
        return "approved".equals(field) ? APPROVED : field;
    }
}
