package org.xinfang.petition.consultation;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.consultation.ConsultationProcess.Var;
import org.xinfang.petition.privacy.PersonalDataScreen;
import org.xinfang.petition.process.TaskInput;

/**
 * 决定是否公开 (userTask_decidePublication, on complete): to publish, the public versions of the question and
 * answer (blank: as asked and answered) must pass the personal-data screen; the gateway reads {@code publish}.
 */
@Component("recordPublicationDecision")
class RecordPublicationDecision implements TaskListener {

    private final Consultations consultations;
    private final PersonalDataScreen screen;
    private final ConsultationTimeline timeline;

    RecordPublicationDecision(Consultations consultations, PersonalDataScreen screen, ConsultationTimeline timeline) {
        this.consultations = consultations;
        this.screen = screen;
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        boolean publish = input.yesNo(Var.PUBLISH, Var.PUBLISH);
        task.setVariable(Var.PUBLISH, publish);
        String publicQuestion = input.text(Var.PUBLIC_QUESTION, Var.PUBLIC_QUESTION, AskRequest.MAX_QUESTION);
        String publicAnswer = input.text(Var.PUBLIC_ANSWER, Var.PUBLIC_ANSWER, RecordConsultationAnswer.MAX_ANSWER);
        if (!publish) {
            return;
        }
        Consultation consultation = consultations.get(input.businessKey());
        String question = publicQuestion == null ? consultation.getQuestion() : publicQuestion;
        String answer = publicAnswer == null ? consultation.getAnswer() : publicAnswer;
        screen.check(question, Var.PUBLIC_QUESTION, consultation.getAskerName());
        screen.check(answer, Var.PUBLIC_ANSWER, consultation.getAskerName());
        consultation.prepareForPublication(question, answer, timeline.currentActor());
    }
}
