package org.xinfang.petition.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A bureau's written reply (答复) to the complainant; the bureau leader approves it before it is sent. */
@Entity
public class Reply {

    /** Where a reply stands. */
    public enum Status {
        PENDING_APPROVAL,
        APPROVED,
        REJECTED,
        SENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "bureau_code")
    private String bureauCode;

    private String text;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Reply() {}

    Reply(Long complaintId, String bureauCode, String text, String draftedBy, Instant draftedAt) {
        this.complaintId = complaintId;
        this.bureauCode = bureauCode;
        this.text = text;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
        this.status = Status.PENDING_APPROVAL;
    }

    void approve(String leader, Instant at, String comment) {
        review(leader, at, comment);
        this.status = Status.APPROVED;
    }

    void markSent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
    }

    void reject(String leader, Instant at, String comment) {
        review(leader, at, comment);
        this.status = Status.REJECTED;
    }

    private void review(String leader, Instant at, String comment) {
        this.reviewedBy = leader;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getBureauCode() {
        return bureauCode;
    }

    public String getText() {
        return text;
    }

    public Status getStatus() {
        return status;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
