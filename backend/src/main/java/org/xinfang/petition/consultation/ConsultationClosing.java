package org.xinfang.petition.consultation;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The two ends of an answered consultation: {@code consultationClosing.publish} (公开问答, serviceTask_publish) puts
 * the screened question and answer on the public list; {@code consultationClosing.closeUnpublished} (不公开办结,
 * serviceTask_closeUnpublished) keeps the answer between the asker and the office.
 */
@Component("consultationClosing")
public class ConsultationClosing {

    private final Consultations consultations;
    private final ConsultationTimeline timeline;
    private final Clock clock;

    ConsultationClosing(Consultations consultations, ConsultationTimeline timeline, Clock clock) {
        this.consultations = consultations;
        this.timeline = timeline;
        this.clock = clock;
    }

    public void publish(DelegateExecution execution) {
        Consultation consultation = consultations.get(execution.getProcessBusinessKey());
        consultation.publish(clock.instant());
        timeline.record(consultation, ConsultationEventType.PUBLISHED, null, null);
    }

    public void closeUnpublished(DelegateExecution execution) {
        timeline.record(
                consultations.get(execution.getProcessBusinessKey()), ConsultationEventType.NOT_PUBLISHED, null, null);
    }
}
