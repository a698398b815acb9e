package org.xinfang.petition.workbench;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.dispatch.Triaging;
import org.xinfang.petition.dispatch.Triaging.TriageRequest;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.TriageDecision;

/** 受理研判: accept, not accept (with the reason the complainant is told) or merge into the open original. */
@Component
@Order(10)
class TriageAction extends TaskAction {

    private static final String DECISION = "triageDecision";

    private final Triaging triaging;

    TriageAction(Triaging triaging) {
        super(Stage.TRIAGE.taskKey());
        this.triaging = triaging;
    }

    @Override
    public String key() {
        return "triage";
    }

    @Override
    public String label() {
        return "action.triage";
    }

    @Override
    public String formId() {
        return "triage";
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        triaging.triage(
                trackingNumber,
                input.valid(new TriageRequest(
                        input.choice(DECISION, TriageDecision.class),
                        input.text("reason"),
                        input.text("comment"),
                        input.text("originalTrackingNumber"))));
    }

    @Override
    public String formKeyOf(String field) {
        return "decision".equals(field) ? DECISION : field;
    }
}
