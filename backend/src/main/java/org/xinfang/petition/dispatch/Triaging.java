package org.xinfang.petition.dispatch;

import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.TriageDecision;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.shared.PlainText;

/** The petition office's decisions on a case: 受理研判 and 派单. */
@Service
@Transactional
public class Triaging {

    private final CaseTasks caseTasks;
    private final DesignationPolicy designation;

    Triaging(CaseTasks caseTasks, DesignationPolicy designation) {
        this.caseTasks = caseTasks;
        this.designation = designation;
    }

    /** Whether dispatching a case dispatched {@code earlierDispatches} times designates its bureau (指定办理). */
    public boolean dispatchDesignates(int earlierDispatches) {
        return designation.designates(earlierDispatches);
    }

    public void triage(String trackingNumber, TriageRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(
                Var.TRIAGE_DECISION,
                request.decision() == null ? null : request.decision().name());
        variables.put(Var.REASON, Variables.stringValue(request.reason(), true));
        variables.put(Var.COMMENT, Variables.stringValue(request.comment(), true));
        variables.put(Var.ORIGINAL_TRACKING_NUMBER, Variables.stringValue(request.originalTrackingNumber(), true));
        caseTasks.complete(trackingNumber, Stage.TRIAGE, variables);
    }

    /** 否定报备: the office leader approves the proposed refusal, or sends it back to triage with the reason. */
    public void decideRefusal(String trackingNumber, RefusalDecision decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.REFUSAL_APPROVED, decision.approved());
        variables.put(Var.COMMENT, Variables.stringValue(decision.comment(), true));
        caseTasks.complete(trackingNumber, Stage.REFUSAL_APPROVAL, variables);
    }

    public void dispatch(String trackingNumber, DispatchRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.BUREAU, request.bureau());
        variables.put(Var.COMMENT, Variables.stringValue(request.comment(), true));
        caseTasks.complete(trackingNumber, Stage.DISPATCH, variables);
    }

    /** ACCEPT; NOT_ACCEPT with the reason the complainant is told; MERGE with the open original's number. */
    public record TriageRequest(
            TriageDecision decision,
            @PlainText(lines = true) String reason,
            @PlainText(lines = true) String comment,
            @PlainText String originalTrackingNumber) {}

    /** 否定报备: approve the proposed refusal, or send it back; the reason is required to send it back. */
    public record RefusalDecision(
            Boolean approved, @PlainText(lines = true) String comment) {}

    /** The bureau's unit code; none means the one {@code bureau-routing} proposed. */
    public record DispatchRequest(
            @PlainText String bureau,
            @PlainText(lines = true) String comment) {}
}
