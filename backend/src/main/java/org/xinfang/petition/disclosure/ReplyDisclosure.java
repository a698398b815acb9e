package org.xinfang.petition.disclosure;

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

/**
 * 答复公开: a reply proposed for publication, with the screened public versions of the complaint's summary and of
 * the reply, why it is proposed, the confidentiality review's decision and a later withdrawal. While it is under
 * review or published it holds its reply ({@code activeReplyId}), so a reply has one live proposal at the most.
 */
@Entity
@Table(name = "reply_disclosure")
class ReplyDisclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "active_reply_id")
    private Long activeReplyId;

    @Enumerated(EnumType.STRING)
    private DisclosureStatus status;

    private String reason;

    @Column(name = "public_summary")
    private String publicSummary;

    @Column(name = "public_reply")
    private String publicReply;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Version
    private Long version;

    protected ReplyDisclosure() {}

    ReplyDisclosure(
            Long complaintId,
            Long replyId,
            String reason,
            String publicSummary,
            String publicReply,
            String proposedBy,
            Instant proposedAt) {
        this.complaintId = complaintId;
        this.replyId = replyId;
        this.activeReplyId = replyId;
        this.status = DisclosureStatus.PROPOSED;
        this.reason = reason;
        this.publicSummary = publicSummary;
        this.publicReply = publicReply;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** The review's approval, with the public texts as the reviewer left them; published by the model's next step. */
    void approve(String publicSummary, String publicReply, String reviewer, Instant at) {
        this.publicSummary = publicSummary;
        this.publicReply = publicReply;
        this.decidedBy = reviewer;
        this.decidedAt = at;
    }

    void publish(Instant at) {
        this.status = DisclosureStatus.PUBLISHED;
        this.publishedAt = at;
    }

    /** Refused: the reply is free for a new proposal. */
    void refuse(String reviewer, String refusalReason, Instant at) {
        this.status = DisclosureStatus.REFUSED;
        this.decidedBy = reviewer;
        this.decidedAt = at;
        this.refusalReason = refusalReason;
        this.activeReplyId = null;
    }

    /** Taken off the public list: the reply is free for a new proposal. */
    void withdraw(String by, String withdrawalReason, Instant at) {
        this.status = DisclosureStatus.WITHDRAWN;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawalReason = withdrawalReason;
        this.activeReplyId = null;
    }

    Long getId() {
        return id;
    }

    Long getComplaintId() {
        return complaintId;
    }

    Long getReplyId() {
        return replyId;
    }

    DisclosureStatus getStatus() {
        return status;
    }

    String getReason() {
        return reason;
    }

    String getPublicSummary() {
        return publicSummary;
    }

    String getPublicReply() {
        return publicReply;
    }

    String getProposedBy() {
        return proposedBy;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getRefusalReason() {
        return refusalReason;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getWithdrawnBy() {
        return withdrawnBy;
    }

    Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    String getWithdrawalReason() {
        return withdrawalReason;
    }
}
