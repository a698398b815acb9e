package org.xinfang.petition.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Formula;

/**
 * One entry of the audit trail. Written pending (no sequence number, link or seal) in the transaction of the
 * change, chained once by {@link AuditChain}, never updated or deleted after.
 */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long seq;

    /** 1 while pending: sorting by it puts the pending entries after the chained ones, as they will be chained. */
    @Formula("case when seq is null then 1 else 0 end")
    @SuppressWarnings("unused") // only sorted by (AuditSearch), never read
    private int pendingLast;

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

    /** The audit key version whose HMAC seals the entry; none for entries chained by the unkeyed hash before V20. */
    @Column(name = "key_version")
    private Integer keyVersion;

    private String hash;

    protected AuditEntry() {}

    /** A pending entry: what happened and when, to be chained after its transaction commits. */
    AuditEntry(Instant occurredAt, AuditRecord record) {
        this.occurredAt = occurredAt;
        this.actor = record.actor();
        this.actorRoles = record.roles();
        this.actorUnit = record.unit();
        this.action = record.action();
        this.trackingNumber = record.trackingNumber();
        this.detail = record.detail();
        this.clientAddress = record.clientAddress();
    }

    AuditEntry(long seq, Instant occurredAt, AuditRecord record, String previousHash, Integer keyVersion, String hash) {
        this(occurredAt, record);
        this.seq = seq;
        this.previousHash = previousHash;
        this.keyVersion = keyVersion;
        this.hash = hash;
    }

    /**
     * The text the hash covers: every field but the hash itself, in a fixed order; the key version last, so that
     * the entries from before the chain was keyed keep the text they were hashed with.
     */
    String canonical() {
        String fields = String.join(
                "|",
                String.valueOf(seq),
                String.valueOf(occurredAt.toEpochMilli()),
                nz(actor),
                nz(actorRoles),
                nz(actorUnit),
                nz(action),
                nz(trackingNumber),
                nz(detail),
                nz(clientAddress),
                nz(previousHash));
        return keyVersion == null ? fields : fields + "|" + keyVersion;
    }

    private static String nz(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("|", "\\|");
    }

    /** What the entry records, for sealing it. */
    AuditRecord record() {
        return new AuditRecord(actor, actorRoles, actorUnit, action, trackingNumber, detail, clientAddress);
    }

    boolean isPending() {
        return seq == null;
    }

    Long getId() {
        return id;
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

    Integer getKeyVersion() {
        return keyVersion;
    }

    String getHash() {
        return hash;
    }
}
