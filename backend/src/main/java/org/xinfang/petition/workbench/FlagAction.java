package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.supervision.Inspection;
import org.xinfang.petition.supervision.Inspection.FlagRequest;

/**
 * 挂牌督办: an inspector puts a case under supervision at their level before it is overdue. Offered when the
 * service would take it: the case in the inspector's scope, a stage's clock running, no supervision yet.
 */
@Component
@Order(80)
class FlagAction implements CaseAction {

    private final Inspection inspection;

    FlagAction(Inspection inspection) {
        this.inspection = inspection;
    }

    @Override
    public String key() {
        return "flag";
    }

    @Override
    public String label() {
        return "action.flag";
    }

    @Override
    public String formId() {
        return "supervision-flag";
    }

    @Override
    public boolean offeredOn(CaseAtHand at) {
        return inspection.mayFlag(at.trackingNumber());
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        inspection.flag(
                trackingNumber,
                input.valid(new FlagRequest(input.text("reason"))).reason());
    }
}
