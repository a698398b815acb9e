package org.xinfang.petition.callback;

import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.shared.PlainText;

/** 回访 by the petition office and, after a second unsatisfied callback, 督查复核 by an inspector. */
@Service
@Transactional
public class CallingBack {

    private final CaseTasks caseTasks;

    CallingBack(CaseTasks caseTasks) {
        this.caseTasks = caseTasks;
    }

    public void callback(String trackingNumber, CallbackResult result, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.CALLBACK_RESULT, result == null ? null : result.name());
        variables.put(Var.COMMENT, Variables.stringValue(comment, true));
        caseTasks.complete(trackingNumber, Stage.CALLBACK, variables);
    }

    /** 督查复核's conclusion (sent to the complainant) and an internal comment, as the API's request body. */
    public record ReviewRequest(
            @PlainText(lines = true) String conclusion,
            @PlainText(lines = true) String comment) {}

    public void review(String trackingNumber, String conclusion, String comment) {
        caseTasks.complete(
                trackingNumber,
                Stage.INSPECTOR_REVIEW,
                Map.of(
                        Var.CONCLUSION, Variables.stringValue(conclusion, true),
                        Var.COMMENT, Variables.stringValue(comment, true)));
    }
}
