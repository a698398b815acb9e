package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.consultation.ConsultationDesk;
import org.xinfang.petition.consultation.ConsultationDesk.AnswerRequest;
import org.xinfang.petition.consultation.ConsultationProcess.Step;

/** 答复: the department's handler answers the question. */
@Component
@Order(30)
class AnswerConsultationAction implements ConsultationAction {

    private final ConsultationDesk desk;

    AnswerConsultationAction(ConsultationDesk desk) {
        this.desk = desk;
    }

    @Override
    public String key() {
        return "answer";
    }

    @Override
    public String label() {
        return "action.answerConsultation";
    }

    @Override
    public String formId() {
        return "answer-consultation";
    }

    @Override
    public boolean offeredOn(ConsultationAtHand at) {
        return at.mayComplete(Step.ANSWER.taskKey());
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        desk.answer(
                trackingNumber,
                input.valid(new AnswerRequest(input.text("text"))).text());
    }
}
