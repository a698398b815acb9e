package org.xinfang.petition.consultation;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Timeline;
import org.xinfang.petition.complaint.TimelineActors;

/** Writes and reads a consultation's timeline, stamped as a case's is (staff, citizen or system). */
@Component
class ConsultationTimeline extends Timeline<Consultation, ConsultationEventType, ConsultationEvent> {

    private final ConsultationEventRepository events;

    ConsultationTimeline(ConsultationEventRepository events, TimelineActors actors) {
        super(events, actors);
        this.events = events;
    }

    @Override
    public List<ConsultationEvent> of(Consultation consultation) {
        return events.findByConsultationIdOrderByOccurredAtAscIdAsc(consultation.getId());
    }

    @Override
    protected ConsultationEvent line(
            Consultation consultation, ConsultationEventType type, Stamp stamp, String comment, String publicNote) {
        return new ConsultationEvent(consultation.getId(), type, stamp, comment, publicNote);
    }
}
