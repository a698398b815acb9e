package org.xinfang.petition.handling;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.shared.ModelStatus;

/**
 * Keeps the extension request in step with the model's extension subprocess: its tasks and ends declare the
 * request's status as the extension property {@value #PROPERTY}, and entering one sets it on the case's latest
 * request (a case has one open request at a time).
 */
@Component
class ExtensionStatusSync extends ModelStatus<ExtensionRequest.Status> {

    static final String PROPERTY = "extensionStatus";

    private final Cases cases;
    private final ExtensionRequestRepository requests;

    ExtensionStatusSync(Cases cases, ExtensionRequestRepository requests) {
        super(PROPERTY, ExtensionRequest.Status.class);
        this.cases = cases;
        this.requests = requests;
    }

    @Override
    protected void apply(DelegateExecution execution, ExtensionRequest.Status status) {
        Long complaintId = cases.get(execution.getProcessBusinessKey()).getId();
        requests.findFirstByComplaintIdOrderByIdDesc(complaintId).ifPresent(request -> request.changeStatus(status));
    }
}
