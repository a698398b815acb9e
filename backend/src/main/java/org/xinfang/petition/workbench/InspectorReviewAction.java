package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.callback.CallingBack;
import org.xinfang.petition.callback.CallingBack.ReviewRequest;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/** 督查复核: after a second unsatisfied callback an inspector concludes the case, the conclusion told to the complainant. */
@Component
@Order(70)
class InspectorReviewAction extends TaskAction {

    private final CallingBack callingBack;

    InspectorReviewAction(CallingBack callingBack) {
        super(Stage.INSPECTOR_REVIEW.taskKey());
        this.callingBack = callingBack;
    }

    @Override
    public String key() {
        return "review";
    }

    @Override
    public String label() {
        return "action.review";
    }

    @Override
    public String formId() {
        return "inspector-review";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        ReviewRequest request = input.valid(new ReviewRequest(input.text("conclusion"), input.text("comment")));
        callingBack.review(trackingNumber, request.conclusion(), request.comment());
    }
}
