package org.xinfang.petition.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the audit trail; never updated or deleted once written. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

  @Id
  private Long seq;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String actor;

  @Column(name = "actor_roles")
  private String actorRoles;

  @Column(name = "actor_unit")
  private String actorUnit;

  private String action;

  @Column(name = "tracking_number")
  private String trackingNumber;

  private String detail;

  @Column(name = "client_address")
  private String clientAddress;

  @Column(name = "previous_hash")
  private String previousHash;

  private String hash;

  protected AuditEntry() {}

  AuditEntry(long seq, Instant occurredAt, AuditRecord record, String previousHash, String hash) {
    this.seq = seq;
    this.occurredAt = occurredAt;
    this.actor = record.actor();
    this.actorRoles = record.roles();
    this.actorUnit = record.unit();
    this.action = record.action();
    this.trackingNumber = record.trackingNumber();
    this.detail = record.detail();
    this.clientAddress = record.clientAddress();
    this.previousHash = previousHash;
    this.hash = hash;
  }

  /** The text the hash covers: every field but the hash itself, in a fixed order. */
  String canonical() {
    return String.join("|", String.valueOf(seq), String.valueOf(occurredAt.toEpochMilli()), nz(actor),
        nz(actorRoles), nz(actorUnit), nz(action), nz(trackingNumber), nz(detail), nz(clientAddress),
        nz(previousHash));
  }

  private static String nz(String value) {
    return value == null ? "" : value.replace("\\", "\\\\").replace("|", "\\|");
  }

  Long getSeq() {
    return seq;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }

  String getActor() {
    return actor;
  }

  String getActorRoles() {
    return actorRoles;
  }

  String getActorUnit() {
    return actorUnit;
  }

  String getAction() {
    return action;
  }

  String getTrackingNumber() {
    return trackingNumber;
  }

  String getDetail() {
    return detail;
  }

  String getClientAddress() {
    return clientAddress;
  }

  String getPreviousHash() {
    return previousHash;
  }

  String getHash() {
    return hash;
  }
}
