package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.handling.BureauRequests.MaterialRequest;
import org.xinfang.petition.handling.MaterialRequests;

/** 要求补充材料: the handler asks the complainant for material; the handling clock stops until it arrives. */
@Component
@Order(65)
class MaterialRequestAction extends DuringHandlingAction {

    private final MaterialRequests materialRequests;

    MaterialRequestAction(MaterialRequests materialRequests) {
        this.materialRequests = materialRequests;
    }

    @Override
    public String key() {
        return "request-material";
    }

    @Override
    public String label() {
        return "action.request-material";
    }

    @Override
    public String formId() {
        return "request-material";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        MaterialRequest request = input.valid(new MaterialRequest(input.text("what"), input.text("reason")));
        materialRequests.request(trackingNumber, request.what(), request.reason());
    }
}
