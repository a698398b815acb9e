package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.evaluation.Rectifications;
import org.xinfang.petition.evaluation.Rectifications.ReportRequest;
import org.xinfang.petition.process.RectificationProcess.Step;

/** 差评整改: the bureau that replied reports what it put right after the complainant rated the reply unsatisfied. */
@Component
@Order(85)
class RectifyAction extends TaskAction {

    private final Rectifications rectifications;

    RectifyAction(Rectifications rectifications) {
        super(Step.RECTIFY.taskKey());
        this.rectifications = rectifications;
    }

    @Override
    public String key() {
        return "rectify";
    }

    @Override
    public String label() {
        return "action.rectify";
    }

    @Override
    public String formId() {
        return "rectify";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        rectifications.report(trackingNumber, input.valid(new ReportRequest(input.text("measures"))));
    }
}
