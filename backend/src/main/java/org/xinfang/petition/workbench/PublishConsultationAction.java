package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.consultation.ConsultationDesk;
import org.xinfang.petition.consultation.ConsultationDesk.PublicationRequest;
import org.xinfang.petition.consultation.ConsultationProcess.Step;

/**
 * 公开决定: the petition office or the department's leader publishes the answered question as a public Q&A (the
 * public versions screened for personal data by the service) or keeps it unpublished.
 */
@Component
@Order(40)
class PublishConsultationAction implements ConsultationAction {

    private final ConsultationDesk desk;

    PublishConsultationAction(ConsultationDesk desk) {
        this.desk = desk;
    }

    @Override
    public String key() {
        return "publication";
    }

    @Override
    public String label() {
        return "action.publishConsultation";
    }

    @Override
    public String formId() {
        return "publish-consultation";
    }

    @Override
    public boolean offeredOn(ConsultationAtHand at) {
        return at.mayComplete(Step.DECIDE_PUBLICATION.taskKey());
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        PublicationRequest request = input.valid(new PublicationRequest(
                input.yesNo("publish"), input.text("publicQuestion"), input.text("publicAnswer")));
        desk.decidePublication(trackingNumber, request.publish(), request.publicQuestion(), request.publicAnswer());
    }
}
