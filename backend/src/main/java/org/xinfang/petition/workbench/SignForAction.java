package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.handling.BureauRequests.Note;
import org.xinfang.petition.handling.BureauRequests.ReturnRequest;
import org.xinfang.petition.handling.Handling;
import org.xinfang.petition.process.ComplaintProcess.SignForDecision;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.shared.PetitionException;

/**
 * 签收 or 退回: the bureau takes the case, or sends it back to the petition office with the reasons, as the API's
 * sign-for and return do; the return window and "no return after designation" are the service's to refuse.
 */
@Component
@Order(30)
class SignForAction extends TaskAction {

    private static final String DECISION = "signForDecision";

    private final Handling handling;

    SignForAction(Handling handling) {
        super(Stage.SIGN_FOR.taskKey());
        this.handling = handling;
    }

    @Override
    public String key() {
        return "sign-for";
    }

    @Override
    public String label() {
        return "action.sign-for";
    }

    @Override
    public String formId() {
        return "sign-for";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        SignForDecision decision = input.choice(DECISION, SignForDecision.class);
        if (decision == null) {
            throw PetitionException.invalid(DECISION, "constraint.NotNull");
        }
        if (decision == SignForDecision.RETURN) {
            ReturnRequest request = input.valid(new ReturnRequest(input.text("reason"), input.text("comment")));
            handling.returnCase(trackingNumber, request.reason(), request.comment());
        } else {
            handling.signFor(
                    trackingNumber, input.valid(new Note(input.text("comment"))).comment());
        }
    }
}
