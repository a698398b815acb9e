package org.xinfang.petition.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.process.ReviewProcess.Level;

/** One level of review of a case: who asked, which body reviews it, why, and the body's opinion once given. */
@Entity
@Table(name = "case_review")
class CaseReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    private Level level;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "body_id")
    private OrgUnit body;

    private String reason;

    @Column(name = "requested_at")
    private Instant requestedAt;

    /** The operator who entered the request for the complainant; null when the complainant asked themself. */
    @Column(name = "requested_by")
    private String requestedBy;

    private String opinion;

    @Enumerated(EnumType.STRING)
    private ReviewConclusion conclusion;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    protected CaseReview() {}

    CaseReview(Long complaintId, Level level, OrgUnit body, String reason, Instant at, String requestedBy) {
        this.complaintId = complaintId;
        this.level = level;
        this.body = body;
        this.reason = reason;
        this.requestedAt = at;
        this.requestedBy = requestedBy;
    }

    void answer(String opinion, ReviewConclusion conclusion, String by, Instant at) {
        this.opinion = opinion;
        this.conclusion = conclusion;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public Level getLevel() {
        return level;
    }

    public OrgUnit getBody() {
        return body;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getOpinion() {
        return opinion;
    }

    public ReviewConclusion getConclusion() {
        return conclusion;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
