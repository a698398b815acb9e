package org.xinfang.petition.assessment;

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

/** 剔除: a case proposed to be left out of the assessment, with the reason, and the decision on it. */
@Entity
@Table(name = "assessment_exclusion")
class Exclusion {

    enum Status {
        PROPOSED,
        APPROVED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Version
    private long version;

    protected Exclusion() {}

    Exclusion(Long complaintId, String reason, String proposedBy, Instant proposedAt) {
        this.complaintId = complaintId;
        this.reason = reason;
        this.status = Status.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void decide(boolean approved, String decidedBy, String comment, Instant at) {
        this.status = approved ? Status.APPROVED : Status.REFUSED;
        this.decidedBy = decidedBy;
        this.decisionComment = comment;
        this.decidedAt = at;
    }

    ExclusionView view(String trackingNumber) {
        return new ExclusionView(
                id, trackingNumber, reason, status, proposedBy, proposedAt, decidedBy, decidedAt, decisionComment);
    }

    Long getId() {
        return id;
    }

    Long getComplaintId() {
        return complaintId;
    }

    Status getStatus() {
        return status;
    }

    String getProposedBy() {
        return proposedBy;
    }

    /** What was proposed and decided, with the case's tracking number. */
    record ExclusionView(
            Long id,
            String trackingNumber,
            String reason,
            Status status,
            String proposedBy,
            Instant proposedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionComment) {}
}
