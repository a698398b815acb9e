package org.xinfang.petition.handling;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;

/** Reads what the leader or the office entered on {@code approve-extension}, and the request it decides. */
@Component
class ExtensionDecisions {

    /** One approval's input: approve, or refuse with a reason; {@code override} grants a second extension. */
    record Decision(
            Complaint complaint, ExtensionRequest request, boolean approved, boolean override, String comment) {}

    private final Cases cases;
    private final ExtensionRequestRepository requests;

    ExtensionDecisions(Cases cases, ExtensionRequestRepository requests) {
        this.cases = cases;
        this.requests = requests;
    }

    Decision read(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        boolean approved = input.yesNo(Var.EXTENSION_APPROVED, "approved");
        boolean override = Boolean.TRUE.equals(task.getVariable(Var.OVERRIDE));
        task.removeVariable(Var.OVERRIDE);
        String comment = approved
                ? input.text(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT)
                : input.requiredText(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT);
        ExtensionRequest request = requests.findFirstByComplaintIdAndStatusIn(complaint.getId(), Extensions.PENDING)
                .orElseThrow(
                        () -> new IllegalStateException("No extension request on " + complaint.getTrackingNumber()));
        return new Decision(complaint, request, approved, override, comment);
    }
}
