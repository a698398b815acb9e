package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.consultation.ConsultationDesk;
import org.xinfang.petition.consultation.ConsultationDesk.RerouteRequest;
import org.xinfang.petition.consultation.ConsultationProcess.Step;

/** 分派: the petition office names the department of a question bureau-routing could not place. */
@Component
@Order(10)
class RouteConsultationAction implements ConsultationAction {

    private final ConsultationDesk desk;

    RouteConsultationAction(ConsultationDesk desk) {
        this.desk = desk;
    }

    @Override
    public String key() {
        return "route";
    }

    @Override
    public String label() {
        return "action.routeConsultation";
    }

    @Override
    public String formId() {
        return "route-consultation";
    }

    @Override
    public boolean offeredOn(ConsultationAtHand at) {
        return at.mayComplete(Step.ROUTE.taskKey());
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        RerouteRequest request = input.valid(new RerouteRequest(input.text("department"), null));
        desk.reroute(trackingNumber, request.department(), request.reason());
    }
}
