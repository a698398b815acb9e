package org.xinfang.petition.evaluation;

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

/** The complainant's verdict on one reply sent to them, against the bureau that sent it. */
@Entity
@Table(name = "reply_rating")
class ReplyRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "bureau_code")
    private String bureauCode;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private String comment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    /** How often the verdict was changed; also the optimistic lock, so two changes at once cannot both win. */
    @Version
    private int changes;

    protected ReplyRating() {}

    ReplyRating(Long complaintId, Long replyId, String bureauCode, Verdict verdict, String comment, Instant at) {
        this.complaintId = complaintId;
        this.replyId = replyId;
        this.bureauCode = bureauCode;
        this.verdict = verdict;
        this.comment = comment;
        this.ratedAt = at;
    }

    void change(Verdict verdict, String comment, Instant at) {
        this.verdict = verdict;
        this.comment = comment;
        this.changedAt = at;
    }

    RatingView view(Instant changeableUntil) {
        return new RatingView(verdict, comment, ratedAt, changedAt, changeableUntil);
    }

    Long getComplaintId() {
        return complaintId;
    }

    Long getReplyId() {
        return replyId;
    }

    String getBureauCode() {
        return bureauCode;
    }

    Verdict getVerdict() {
        return verdict;
    }

    Instant getRatedAt() {
        return ratedAt;
    }
}
