package org.xinfang.petition.handling;

import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.process.ComplaintProcess.SignForDecision;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.Var;

/** The bureau's actions on a case: 签收, 退回, 答复 and the leader's 审核. */
@Service
@Transactional
public class Handling {

    private final CaseTasks caseTasks;

    Handling(CaseTasks caseTasks) {
        this.caseTasks = caseTasks;
    }

    public void signFor(String trackingNumber, String comment) {
        caseTasks.complete(
                trackingNumber,
                Stage.SIGN_FOR,
                Map.of(
                        Var.SIGN_FOR_DECISION, SignForDecision.SIGN_FOR.name(),
                        Var.COMMENT, Variables.stringValue(comment, true)));
    }

    /** A misrouted case goes back to the petition office with the reasons. */
    public void returnCase(String trackingNumber, String reason, String comment) {
        caseTasks.complete(
                trackingNumber,
                Stage.SIGN_FOR,
                Map.of(
                        Var.SIGN_FOR_DECISION, SignForDecision.RETURN.name(),
                        Var.REASON, Variables.stringValue(reason, true),
                        Var.COMMENT, Variables.stringValue(comment, true)));
    }

    public void reply(String trackingNumber, String text) {
        caseTasks.complete(trackingNumber, Stage.HANDLING, Map.of(Var.REPLY_TEXT, Variables.stringValue(text, true)));
    }

    /** The leader approves the reply, or sends it back with a comment saying why. */
    public void reviewReply(String trackingNumber, Boolean approved, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.REPLY_APPROVED, approved);
        variables.put(Var.COMMENT, Variables.stringValue(comment, true));
        caseTasks.complete(trackingNumber, Stage.REPLY_APPROVAL, variables);
    }
}
