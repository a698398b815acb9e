package org.xinfang.petition.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a consultation's timeline; the public note is what the asker may read, the comment is internal. */
@Entity
@Table(name = "consultation_event")
class ConsultationEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "consultation_id")
  private Long consultationId;

  @Enumerated(EnumType.STRING)
  private ConsultationEventType type;

  private String actor;

  @Column(name = "actor_unit")
  private String actorUnit;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String comment;

  @Column(name = "public_note")
  private String publicNote;

  protected ConsultationEvent() {}

  ConsultationEvent(Long consultationId, ConsultationEventType type, String actor, String actorUnit,
      Instant occurredAt, String comment, String publicNote) {
    this.consultationId = consultationId;
    this.type = type;
    this.actor = actor;
    this.actorUnit = actorUnit;
    this.occurredAt = occurredAt;
    this.comment = comment;
    this.publicNote = publicNote;
  }

  ConsultationEventType getType() {
    return type;
  }

  String getActor() {
    return actor;
  }

  String getActorUnit() {
    return actorUnit;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }

  String getComment() {
    return comment;
  }

  String getPublicNote() {
    return publicNote;
  }
}
