package org.xinfang.petition.consultation;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.ModelStatus;

/**
 * Keeps a consultation's status in step with its process, as complaints' is: {@code consultation.bpmn} declares the
 * status of each user task and end event as the extension property {@value #PROPERTY}; entering such an activity
 * sets it, and a final status also closes the consultation.
 */
@Component
class ConsultationStatusSync extends ModelStatus<ConsultationStatus> {

    static final String PROPERTY = "consultationStatus";

    private final Consultations consultations;
    private final Clock clock;

    ConsultationStatusSync(Consultations consultations, Clock clock) {
        super(PROPERTY, ConsultationStatus.class);
        this.consultations = consultations;
        this.clock = clock;
    }

    @Override
    protected void apply(DelegateExecution execution, ConsultationStatus status) {
        consultations.get(execution.getProcessBusinessKey()).changeStatus(status, clock.instant());
    }
}
