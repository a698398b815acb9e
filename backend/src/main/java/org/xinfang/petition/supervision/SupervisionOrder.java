package org.xinfang.petition.supervision;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.organization.OrgUnit;

/**
 * A supervision order (督办单): issued at one level of the organisation tree to the bureau that has the case, with
 * written instructions and a deadline by which the bureau must answer; by the level's inspectors, a discipline
 * inspector above the bureau or the petition office (its {@code issuer}).
 */
@Entity
@Table(name = "supervision_order")
class SupervisionOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** 1 for the chain's first order, counting every order of the same supervision. */
    @Column(name = "sequence_no")
    private int sequence;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "level_unit_id")
    private OrgUnit level;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "bureau_id")
    private OrgUnit bureau;

    /** The unit of whoever issued it: the level itself, a discipline inspector's unit, or the petition office. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "issuer_unit_id")
    private OrgUnit issuer;

    @Enumerated(EnumType.STRING)
    private DeadlineStage stage;

    /** Flagged by an inspector (挂牌督办) rather than started by the case running overdue. */
    private boolean flagged;

    /** Issued one level up after the previous order was missed. */
    private boolean escalated;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "limit_expression")
    private String limitExpression;

    @Column(name = "due_at")
    private Instant dueAt;

    private String instructions;

    @Enumerated(EnumType.STRING)
    private SupervisionOrderStatus status;

    private String answer;

    /** 整改方案: what the supervised unit will put right, and by when (the start of the day after its last). */
    private String plan;

    @Column(name = "plan_due_at")
    private Instant planDueAt;

    /** When the inspectors and the unit were told that the plan's day had passed. */
    @Column(name = "plan_reminded_at")
    private Instant planRemindedAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** When the order stopped being open: answered, missed or closed. */
    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected SupervisionOrder() {}

    SupervisionOrder(
            Complaint complaint,
            SupervisionChain chain,
            int sequence,
            OrgUnit level,
            OrgUnit bureau,
            boolean escalated,
            OrgUnit issuer,
            String issuedBy,
            Instant issuedAt,
            Limit limit,
            Instant dueAt,
            String instructions) {
        this.complaint = complaint;
        this.processInstanceId = chain.processInstanceId();
        this.sequence = sequence;
        this.level = level;
        this.bureau = bureau;
        this.stage = chain.stage();
        this.flagged = chain.flagged();
        this.escalated = escalated;
        this.issuer = issuer;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.limitExpression = limit.toString();
        this.dueAt = dueAt;
        this.instructions = instructions;
        this.status = SupervisionOrderStatus.ISSUED;
    }

    void answered(String text, String by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
        end(SupervisionOrderStatus.ANSWERED, at);
    }

    void planned(String plan, Instant dueAt) {
        this.plan = plan;
        this.planDueAt = dueAt;
    }

    String getPlan() {
        return plan;
    }

    Instant getPlanDueAt() {
        return planDueAt;
    }

    void missed(Instant at) {
        end(SupervisionOrderStatus.MISSED, at);
    }

    void closed(Instant at) {
        end(SupervisionOrderStatus.CLOSED, at);
    }

    private void end(SupervisionOrderStatus end, Instant at) {
        this.status = end;
        this.endedAt = at;
    }

    Long getId() {
        return id;
    }

    Complaint getComplaint() {
        return complaint;
    }

    int getSequence() {
        return sequence;
    }

    OrgUnit getLevel() {
        return level;
    }

    OrgUnit getBureau() {
        return bureau;
    }

    OrgUnit getIssuer() {
        return issuer;
    }

    DeadlineStage getStage() {
        return stage;
    }

    boolean isFlagged() {
        return flagged;
    }

    boolean isEscalated() {
        return escalated;
    }

    String getIssuedBy() {
        return issuedBy;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    String getLimitExpression() {
        return limitExpression;
    }

    Instant getDueAt() {
        return dueAt;
    }

    String getInstructions() {
        return instructions;
    }

    SupervisionOrderStatus getStatus() {
        return status;
    }

    String getAnswer() {
        return answer;
    }

    String getAnsweredBy() {
        return answeredBy;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }
}
