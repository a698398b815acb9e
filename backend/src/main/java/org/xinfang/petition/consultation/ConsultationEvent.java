package org.xinfang.petition.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.xinfang.petition.complaint.Timeline;
import org.xinfang.petition.complaint.TimelineEvent;

/** One line of a consultation's timeline ({@link TimelineEvent}). */
@Entity
@Table(name = "consultation_event")
class ConsultationEvent extends TimelineEvent<ConsultationEventType> {

    @Column(name = "consultation_id")
    private Long consultationId;

    @Enumerated(EnumType.STRING)
    private ConsultationEventType type;

    protected ConsultationEvent() {}

    ConsultationEvent(
            Long consultationId, ConsultationEventType type, Timeline.Stamp stamp, String comment, String publicNote) {
        super(stamp, comment, publicNote);
        this.consultationId = consultationId;
        this.type = type;
    }

    @Override
    public ConsultationEventType getType() {
        return type;
    }
}
