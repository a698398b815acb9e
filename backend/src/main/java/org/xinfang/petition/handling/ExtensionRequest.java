package org.xinfang.petition.handling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.calendar.LimitUnit;

/**
 * A request for more time (延期申请): the bureau leader decides, then the petition office. Its status is the one
 * the model's extension subprocess declares where it stands ({@code extensionStatus}, {@link ExtensionStatusSync}).
 */
@Entity
@Table(name = "extension_request")
class ExtensionRequest {

    enum Status {
        /** Asked for; the model has not yet put it before the leader. */
        REQUESTED,
        PENDING_LEADER,
        PENDING_OFFICE,
        GRANTED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    private int amount;

    @Enumerated(EnumType.STRING)
    private LimitUnit unit;

    private String reason;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    @SuppressWarnings("unused") // kept for the record: who decided
    private String leader;

    @Column(name = "leader_decided_at")
    private Instant leaderDecidedAt;

    @Column(name = "leader_comment")
    private String leaderComment;

    @SuppressWarnings("unused") // kept for the record: who decided
    private String office;

    @Column(name = "office_decided_at")
    private Instant officeDecidedAt;

    @Column(name = "office_comment")
    private String officeComment;

    @Column(name = "office_override")
    private boolean officeOverride;

    @Column(name = "previous_due_at")
    private Instant previousDueAt;

    @Column(name = "new_due_at")
    private Instant newDueAt;

    @Version
    private long version;

    protected ExtensionRequest() {}

    ExtensionRequest(Long complaintId, Limit extra, String reason, String requestedBy, Instant requestedAt) {
        this.complaintId = complaintId;
        this.amount = extra.amount();
        this.unit = extra.unit();
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = Status.REQUESTED;
    }

    /** Where the model's extension subprocess now stands. */
    void changeStatus(Status status) {
        this.status = status;
    }

    void leaderDecides(String by, Instant at, String comment) {
        this.leader = by;
        this.leaderDecidedAt = at;
        this.leaderComment = comment;
    }

    void officeDecides(boolean override, String by, Instant at, String comment) {
        this.office = by;
        this.officeDecidedAt = at;
        this.officeComment = comment;
        this.officeOverride = override;
    }

    void moved(Instant previousDue, Instant newDue) {
        this.previousDueAt = previousDue;
        this.newDueAt = newDue;
    }

    Limit extra() {
        return Limit.of(amount, unit);
    }

    Long getId() {
        return id;
    }

    Long getComplaintId() {
        return complaintId;
    }

    String getReason() {
        return reason;
    }

    Status getStatus() {
        return status;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getNewDueAt() {
        return newDueAt;
    }
}
