package org.xinfang.petition.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One line of a timeline, a case's or a consultation's: who did what, when, with what comment. The public note is
 * what the complainant or the asker may read; the comment is for staff only. Each kind of subject keeps its lines
 * in a table of its own, with the subject's id and its own types of line ({@link Timeline}).
 */
@MappedSuperclass
public abstract class TimelineEvent<T extends Enum<T>> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String actor;

    @Column(name = "actor_unit")
    private String actorUnit;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String comment;

    @Column(name = "public_note")
    private String publicNote;

    protected TimelineEvent() {}

    protected TimelineEvent(Timeline.Stamp stamp, String comment, String publicNote) {
        this.actor = stamp.actor();
        this.actorUnit = stamp.actorUnit();
        this.occurredAt = stamp.at();
        this.comment = comment;
        this.publicNote = publicNote;
    }

    /** What happened. */
    public abstract T getType();

    public Long getId() {
        return id;
    }

    public String getActor() {
        return actor;
    }

    public String getActorUnit() {
        return actorUnit;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }

    public String getPublicNote() {
        return publicNote;
    }
}
