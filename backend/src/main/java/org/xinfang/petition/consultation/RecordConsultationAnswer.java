package org.xinfang.petition.consultation;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.consultation.ConsultationProcess.Var;
import org.xinfang.petition.process.TaskInput;

/** 答复咨询 (userTask_answer, on complete): the department's answer, which the asker reads with the query code. */
@Component("recordConsultationAnswer")
class RecordConsultationAnswer implements TaskListener {

    static final int MAX_ANSWER = 4000;

    private final Consultations consultations;
    private final ConsultationTimeline timeline;
    private final Clock clock;

    RecordConsultationAnswer(Consultations consultations, ConsultationTimeline timeline, Clock clock) {
        this.consultations = consultations;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        String answer = input.requiredText(Var.TEXT, Var.TEXT, MAX_ANSWER);
        Consultation consultation = consultations.get(input.businessKey());
        consultation.answer(answer, timeline.currentActor(), clock.instant());
        timeline.record(consultation, ConsultationEventType.ANSWERED, null, null);
    }
}
