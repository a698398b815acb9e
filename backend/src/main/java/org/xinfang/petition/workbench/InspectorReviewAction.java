package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.callback.CallingBack;
import org.xinfang.petition.callback.CallingBack.ReviewRequest;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/** 督查复核: after a second unsatisfied callback an inspector writes the conclusion the complainant receives. */
@Component
@Order(82)
class InspectorReviewAction extends TaskAction {

    private final CallingBack callingBack;

    InspectorReviewAction(CallingBack callingBack) {
        super(Stage.INSPECTOR_REVIEW.taskKey());
        this.callingBack = callingBack;
    }

    @Override
    public String key() {
        return "inspector-review";
    }

    @Override
    public String label() {
        return "action.inspectorReview";
    }

    @Override
    public String formId() {
        return "inspector-review";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        ReviewRequest review = input.valid(new ReviewRequest(input.text("conclusion"), input.text("comment")));
        callingBack.review(trackingNumber, review.conclusion(), review.comment());
    }
}
