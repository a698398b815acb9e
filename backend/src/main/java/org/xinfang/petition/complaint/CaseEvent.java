package org.xinfang.petition.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a case's timeline: who did what, when, with what comment. The public note is what the
 * complainant may read; the comment is for staff only.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id")
  private Long complaintId;

  @Enumerated(EnumType.STRING)
  private CaseEventType type;

  private String actor;

  @Column(name = "actor_unit")
  private String actorUnit;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String comment;

  @Column(name = "public_note")
  private String publicNote;

  protected CaseEvent() {}

  CaseEvent(Long complaintId, CaseEventType type, String actor, String actorUnit, Instant occurredAt,
      String comment, String publicNote) {
    this.complaintId = complaintId;
    this.type = type;
    this.actor = actor;
    this.actorUnit = actorUnit;
    this.occurredAt = occurredAt;
    this.comment = comment;
    this.publicNote = publicNote;
  }

  public Long getId() {
    return id;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public CaseEventType getType() {
    return type;
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
