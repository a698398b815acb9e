package org.xinfang.petition.consultation;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.consultation.ConsultationProcess.Var;

/**
 * 记录改派 (serviceTask_recordReroute): the office took the question from its department (the message carried the
 * new department, checked by {@link ConsultationDesk#reroute}); the reason goes to the timeline, not the process.
 */
@Component("recordConsultationReroute")
class RecordConsultationReroute implements JavaDelegate {

    private final Consultations consultations;
    private final ConsultationTimeline timeline;

    RecordConsultationReroute(Consultations consultations, ConsultationTimeline timeline) {
        this.consultations = consultations;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Consultation consultation = consultations.get(execution.getProcessBusinessKey());
        Object reason = execution.getVariable(Var.REASON);
        execution.removeVariable(Var.REASON);
        timeline.record(
                consultation,
                ConsultationEventType.REROUTED,
                "from %s to %s: %s"
                        .formatted(
                                consultation.getDepartment().getCode(), execution.getVariable(Var.DEPARTMENT), reason),
                null);
    }
}
