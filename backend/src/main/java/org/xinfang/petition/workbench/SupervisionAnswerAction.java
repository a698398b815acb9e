package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.supervision.BureauAnswers;
import org.xinfang.petition.supervision.BureauAnswers.AnswerRequest;
import org.xinfang.petition.supervision.SupervisionProcess.Step;

/** 办复督办单: the bureau says what it has done and will do about the open supervision order of the case. */
@Component
@Order(80)
class SupervisionAnswerAction extends TaskAction {

    private final BureauAnswers answers;

    SupervisionAnswerAction(BureauAnswers answers) {
        super(Step.ANSWER_ORDER.taskKey());
        this.answers = answers;
    }

    @Override
    public String key() {
        return "answer-supervision";
    }

    @Override
    public String label() {
        return "action.answer-supervision";
    }

    @Override
    public String formId() {
        return "supervision-answer";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        answers.answer(
                trackingNumber,
                input.valid(new AnswerRequest(input.text("answer"), input.text("plan"), input.text("planDue"))));
    }
}
