package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.handling.BureauRequests.ExtensionRequestBody;
import org.xinfang.petition.handling.Extensions;

/** 延期申请: the handler asks for more time with the reason; the leader, then the petition office decide. */
@Component
@Order(60)
class ExtensionRequestAction extends DuringHandlingAction {

    private final Extensions extensions;

    ExtensionRequestAction(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public String key() {
        return "request-extension";
    }

    @Override
    public String label() {
        return "action.request-extension";
    }

    @Override
    public String formId() {
        return "request-extension";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        ExtensionRequestBody request =
                input.valid(new ExtensionRequestBody(input.number("amount"), input.text("reason")));
        extensions.request(trackingNumber, request.amount(), request.reason());
    }
}
