package org.xinfang.petition.workbench;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.consultation.ConsultationDesk;
import org.xinfang.petition.consultation.ConsultationDesk.RerouteRequest;
import org.xinfang.petition.consultation.ConsultationStatus;
import org.xinfang.petition.organization.Role;

/**
 * 改派: the petition office takes a question waiting for its answer to another department, with a reason. Not a task
 * of the model (a message to it), so offered to the office's clerks while the answer is awaited; the service judges.
 */
@Component
@Order(20)
class RerouteConsultationAction implements ConsultationAction {

    private final ConsultationDesk desk;

    RerouteConsultationAction(ConsultationDesk desk) {
        this.desk = desk;
    }

    @Override
    public String key() {
        return "reroute";
    }

    @Override
    public String label() {
        return "action.rerouteConsultation";
    }

    @Override
    public String formId() {
        return "route-consultation";
    }

    @Override
    public boolean offeredOn(ConsultationAtHand at) {
        return at.staff().hasRole(Role.CLERK)
                && ConsultationStatus.AWAITING_ANSWER.name().equals(at.detail().status());
    }

    @Override
    public Map<String, String> prefilled(ConsultationAtHand at) {
        return at.detail().department() == null
                ? Map.of()
                : Map.of("department", at.detail().department());
    }

    @Override
    public boolean asksReason() {
        return true;
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        RerouteRequest request = input.valid(new RerouteRequest(input.text("department"), input.text("reason")));
        desk.reroute(trackingNumber, request.department(), request.reason());
    }
}
