package org.xinfang.petition.supervision;

import java.util.Map;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.shared.PlainText;
import org.xinfang.petition.supervision.SupervisionProcess.Step;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/** 办复: the bureau answers the open supervision order of a case; the model says who of the bureau may. */
@Service
@Transactional
public class BureauAnswers {

    private final CaseTasks caseTasks;

    BureauAnswers(CaseTasks caseTasks) {
        this.caseTasks = caseTasks;
    }

    public void answer(String trackingNumber, AnswerRequest request) {
        caseTasks.complete(
                SupervisionProcess.KEY,
                trackingNumber,
                Step.ANSWER_ORDER.taskKey(),
                Step.ANSWER_ORDER.label(),
                Map.of(
                        Var.ANSWER, Variables.stringValue(request.answer(), true),
                        Var.PLAN, Variables.stringValue(request.plan(), true),
                        Var.PLAN_DUE, Variables.stringValue(request.planDue(), true)));
    }

    /** The answer as the API and the workbench take it, with the rectification plan and its last day, if any. */
    public record AnswerRequest(
            @PlainText(lines = true) String answer,
            @PlainText(lines = true) String plan,
            @PlainText String planDue) {}
}
