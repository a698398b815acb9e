package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.evaluation.Rectifications;
import org.xinfang.petition.evaluation.Rectifications.CheckRequest;
import org.xinfang.petition.process.RectificationProcess.Step;
import org.xinfang.petition.process.RectificationProcess.Var;

/** 整改核查: the petition office accepts the bureau's rectification, or sends it back saying what is not right. */
@Component
@Order(86)
class CheckRectificationAction extends TaskAction {

    private final Rectifications rectifications;

    CheckRectificationAction(Rectifications rectifications) {
        super(Step.CHECK.taskKey());
        this.rectifications = rectifications;
    }

    @Override
    public String key() {
        return "check-rectification";
    }

    @Override
    public String label() {
        return "action.check-rectification";
    }

    @Override
    public String formId() {
        return "check-rectification";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        rectifications.check(
                trackingNumber, input.valid(new CheckRequest(input.yesNo(Var.ACCEPTED), input.text(Var.COMMENT))));
    }

    @Override
    public String formKeyOf(String field) {
        return "accepted".equals(field) ? Var.ACCEPTED : field;
    }
}
