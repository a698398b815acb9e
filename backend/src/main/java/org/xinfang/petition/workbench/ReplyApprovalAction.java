package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.handling.BureauRequests.ApprovalRequest;
import org.xinfang.petition.handling.Handling;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/** 审核答复: the bureau leader approves the handler's reply, or sends it back with a comment saying why. */
@Component
@Order(50)
class ReplyApprovalAction extends TaskAction {

    private static final String APPROVED = "replyApproved";

    private final Handling handling;

    ReplyApprovalAction(Handling handling) {
        super(Stage.REPLY_APPROVAL.taskKey());
        this.handling = handling;
    }

    @Override
    public String key() {
        return "approve-reply";
    }

    @Override
    public String label() {
        return "action.approve-reply";
    }

    @Override
    public String formId() {
        return "approve-reply";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        ApprovalRequest request = input.valid(new ApprovalRequest(input.yesNo(APPROVED), input.text("comment")));
        handling.reviewReply(trackingNumber, request.approved(), request.comment());
    }

    @Override
    public String formKeyOf(String field) {
        return "approved".equals(field) ? APPROVED : field;
    }
}
