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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;

/**
 * An accountability record (问责) against a unit and its staff member for one behaviour of the catalogue: written by
 * the supervision chain when orders on a case went unanswered twice (拖延, with the facts: the orders, their
 * deadlines and instructions, the case's limits), or raised by an inspector with facts and evidence; an inspector
 * concludes it with the outcome.
 */
@Entity
@Table(name = "accountability_record")
class AccountabilityRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    /** The staff member who had the case, or null when nobody had taken it: then the bureau answers for it. */
    private String handler;

    @Column(name = "created_at")
    private Instant createdAt;

    private String facts;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "accountability_order",
            joinColumns = @JoinColumn(name = "accountability_id"),
            inverseJoinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("sequence")
    private List<SupervisionOrder> orders = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private AccountabilityBehaviour behaviour;

    /** What supports it: links and references, one per line. */
    private String evidence;

    /** The inspector who raised it; none when the supervision chain wrote it after a second missed order. */
    @Column(name = "raised_by")
    private String raisedBy;

    @Enumerated(EnumType.STRING)
    private AccountabilityStatus status;

    private String outcome;

    @Column(name = "concluded_by")
    private String concludedBy;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Version
    private long version;

    protected AccountabilityRecord() {}

    /** Written by the supervision chain after a second missed order: 拖延, the orders and facts its evidence. */
    AccountabilityRecord(
            Complaint complaint,
            String processInstanceId,
            OrgUnit unit,
            String handler,
            Instant createdAt,
            String facts,
            List<SupervisionOrder> orders) {
        this(complaint, unit, handler, AccountabilityBehaviour.DELAY, facts, null, null, createdAt);
        this.processInstanceId = processInstanceId;
        this.orders = new ArrayList<>(orders);
    }

    /** Raised by an inspector for a behaviour of the catalogue, with its facts and evidence. */
    AccountabilityRecord(
            Complaint complaint,
            OrgUnit unit,
            String handler,
            AccountabilityBehaviour behaviour,
            String facts,
            String evidence,
            String raisedBy,
            Instant createdAt) {
        this.complaint = complaint;
        this.unit = unit;
        this.handler = handler;
        this.behaviour = behaviour;
        this.facts = facts;
        this.evidence = evidence;
        this.raisedBy = raisedBy;
        this.createdAt = createdAt;
        this.status = AccountabilityStatus.OPEN;
    }

    void conclude(String outcome, String by, Instant at) {
        this.outcome = outcome;
        this.concludedBy = by;
        this.concludedAt = at;
        this.status = AccountabilityStatus.CONCLUDED;
    }

    Long getId() {
        return id;
    }

    Complaint getComplaint() {
        return complaint;
    }

    OrgUnit getUnit() {
        return unit;
    }

    String getHandler() {
        return handler;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getFacts() {
        return facts;
    }

    List<SupervisionOrder> getOrders() {
        return List.copyOf(orders);
    }

    AccountabilityBehaviour getBehaviour() {
        return behaviour;
    }

    String getEvidence() {
        return evidence;
    }

    String getRaisedBy() {
        return raisedBy;
    }

    AccountabilityStatus getStatus() {
        return status;
    }

    String getOutcome() {
        return outcome;
    }

    String getConcludedBy() {
        return concludedBy;
    }

    Instant getConcludedAt() {
        return concludedAt;
    }
}
