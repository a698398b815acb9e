package org.xinfang.petition.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One line of a case's timeline ({@link TimelineEvent}). */
@Entity
@Table(name = "case_event")
public class CaseEvent extends TimelineEvent<CaseEventType> {

    @Column(name = "complaint_id")
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    private CaseEventType type;

    /** The bureau that had the case when this happened (none while it is with the office), for the assessment. */
    @Column(name = "bureau_code")
    private String bureauCode;

    protected CaseEvent() {}

    CaseEvent(
            Long complaintId,
            CaseEventType type,
            String bureauCode,
            Timeline.Stamp stamp,
            String comment,
            String publicNote) {
        super(stamp, comment, publicNote);
        this.complaintId = complaintId;
        this.type = type;
        this.bureauCode = bureauCode;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    @Override
    public CaseEventType getType() {
        return type;
    }
}
