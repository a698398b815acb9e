package org.xinfang.petition.workbench;

import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.ownership.CaseHandovers;
import org.xinfang.petition.ownership.CaseHandovers.HandoverRequest;

/** 移交: the case's first-asked owner hands it over to another clerk of the office, choosing them by name. */
@Component
@Order(95)
class HandOverAction implements CaseAction {

    private final CaseHandovers handovers;

    HandOverAction(CaseHandovers handovers) {
        this.handovers = handovers;
    }

    @Override
    public String key() {
        return "hand-over";
    }

    @Override
    public String label() {
        return "action.hand-over";
    }

    @Override
    public String formId() {
        return "owner-handover";
    }

    @Override
    public boolean offeredOn(CaseAtHand at) {
        return handovers.mayHandOver(at.trackingNumber());
    }

    @Override
    public Optional<PageExtras> extras(CaseAtHand at) {
        return Optional.of(new PageExtras(
                "workbench/handover :: extras",
                Map.of("clerks", handovers.otherClerks(), "suggestions", Map.of("clerk", "clerks-by-name"))));
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        handovers.handOver(trackingNumber, input.valid(new HandoverRequest(input.text("clerk"), input.text("reason"))));
    }
}
