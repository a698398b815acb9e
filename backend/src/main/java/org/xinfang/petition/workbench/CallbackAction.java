package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.callback.CallingBack;
import org.xinfang.petition.callback.CallingBack.CallbackRequest;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * 回访: the petition office calls the complainant about the reply sent, with the call script beside the reply, and
 * records the verdict; an unsatisfied one reopens the case (the model's rule), a second one goes to an inspector.
 */
@Component
@Order(60)
class CallbackAction extends TaskAction {

    private static final String RESULT = "callbackResult";

    private final CallingBack callingBack;

    CallbackAction(CallingBack callingBack) {
        super(Stage.CALLBACK.taskKey());
        this.callingBack = callingBack;
    }

    @Override
    public String key() {
        return "callback";
    }

    @Override
    public String label() {
        return "action.callback";
    }

    @Override
    public String formId() {
        return "callback";
    }

    @Override
    public String view() {
        return "workbench/clerk/callback";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        CallbackRequest request =
                input.valid(new CallbackRequest(input.choice(RESULT, CallbackResult.class), input.text("comment")));
        callingBack.callback(trackingNumber, request.result(), request.comment());
    }

    @Override
    public String formKeyOf(String field) {
        return "result".equals(field) ? RESULT : field;
    }
}
