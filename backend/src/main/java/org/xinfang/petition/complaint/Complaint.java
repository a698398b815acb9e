package org.xinfang.petition.complaint;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OptimisticLock;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.shared.EntityQuery;

/**
 * A complaint (投诉件) and where it stands. The process instance that drives it has the tracking number as its
 * business key; the process variables hold only what gateways need, the case data lives here.
 */
@Entity
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    @Column(name = "tracking_number")
    private String trackingNumber;

    /** Re-hashing the query code into its keyed form changes nothing a concurrent edit could conflict with. */
    @Column(name = "query_code_hash")
    @OptimisticLock(excluded = true)
    private String queryCodeHash;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String subject;

    private String content;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "complainant_id")
    private Complainant complainant;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "current_bureau_id")
    private OrgUnit currentBureau;

    /** 复查 / 复核: the higher body reviewing the case's handling now, or that reviewed it last. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_body_id")
    private OrgUnit reviewBody;

    @Column(name = "dispatch_count")
    private int dispatchCount;

    private boolean designated;

    @Column(name = "reopen_count")
    private int reopenCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repeat_of_id")
    private Complaint repeatOf;

    @Column(name = "filed_by")
    private String filedBy;

    /** The complainant asked for confidentiality: the identity is for the petition office only. */
    private boolean confidential;

    /** The unit complained about: its staff never see the complainant's identity. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "accused_unit_id")
    private OrgUnit accusedUnit;

    /** The officer complained about (a staff login, or the name as written): never sees or acts on the case. */
    @Column(name = "accused_officer")
    private String accusedOfficer;

    /** 首问负责: the clerk (username) who owns the case in the petition office; none until a clerk first acts on it. */
    @Column(name = "office_owner")
    private String officeOwner;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the complainant's personal data was erased, the retention period over; null while it is kept. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Complaint() {}

    Complaint(
            String trackingNumber,
            String queryCodeHash,
            Complainant complainant,
            Category category,
            Urgency urgency,
            Region region,
            Channel channel,
            String subject,
            String content,
            String filedBy,
            Instant receivedAt) {
        this.trackingNumber = trackingNumber;
        this.queryCodeHash = queryCodeHash;
        this.complainant = complainant;
        this.category = category;
        this.urgency = urgency;
        this.region = region;
        this.channel = channel;
        this.subject = subject;
        this.content = content;
        this.filedBy = filedBy;
        this.receivedAt = receivedAt;
        this.status = ComplaintStatus.PENDING_TRIAGE;
    }

    /** 派单: the case goes to a bureau; the fourth dispatch after three returns is a designation (指定). */
    void dispatchTo(OrgUnit bureau, boolean designating) {
        this.designated = designating;
        this.dispatchCount++;
        this.currentBureau = bureau;
    }

    /** 退回: the bureau sends a misrouted case back to the petition office. */
    void returnedByBureau() {
        this.currentBureau = null;
        this.dueAt = null;
    }

    /** The query code, kept from now on in this (keyed) form. */
    void rehashQueryCode(String queryCodeHash) {
        this.queryCodeHash = queryCodeHash;
    }

    /** 保密: the complainant asked that the identity be known to the petition office only. */
    void keepConfidential() {
        this.confidential = true;
    }

    /** The unit and officer complained about, either may be null (docs/privacy.md). */
    void complainAbout(OrgUnit unit, String officer) {
        this.accusedUnit = unit;
        this.accusedOfficer = officer;
    }

    /** Whether the staff member with this login is the officer complained about. */
    @EntityQuery
    public boolean accuses(String username) {
        return accusedOfficer != null && accusedOfficer.equals(username);
    }

    /**
     * Whether the case is about the conduct of an officer or a unit (民警执法执勤及作风, or an officer or unit named
     * as complained about): the discipline inspectors' cases. {@link ConductCases} asks the same in a query.
     */
    @EntityQuery
    public boolean concernsConduct() {
        return category == Category.POLICE_CONDUCT || accusedOfficer != null || accusedUnit != null;
    }

    void mergeInto(Complaint original) {
        this.repeatOf = original;
    }

    void reopen() {
        this.reopenCount++;
    }

    void ownedBy(String clerk) {
        this.officeOwner = clerk;
    }

    void reviewedBy(OrgUnit body) {
        this.reviewBody = body;
    }

    void changeStatus(ComplaintStatus status, Instant at) {
        this.status = status;
        if (status.isTerminal()) {
            // a review (复查) that ends again keeps the day the case was first closed, which its statistics count
            this.closedAt = closedAt == null ? at : closedAt;
            this.dueAt = null;
        }
    }

    void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public boolean isOpen() {
        return !status.isTerminal();
    }

    /**
     * The retention period is over: the complainant's personal data is erased, what the statistics count (category,
     * region, channel, sex, age, dates, the bureau and the outcome) kept. A case closed for good (三级终结) keeps the
     * keyed hash of the resident ID number, so that the same matter is still refused, never the number itself.
     */
    void anonymise(Instant at) {
        complainant.erase(status == ComplaintStatus.CLOSED_FOR_GOOD);
        this.anonymisedAt = at;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getQueryCodeHash() {
        return queryCodeHash;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Category getCategory() {
        return category;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Region getRegion() {
        return region;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    public String getContent() {
        return content;
    }

    public Complainant getComplainant() {
        return complainant;
    }

    public OrgUnit getCurrentBureau() {
        return currentBureau;
    }

    public OrgUnit getReviewBody() {
        return reviewBody;
    }

    public int getDispatchCount() {
        return dispatchCount;
    }

    public boolean isDesignated() {
        return designated;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public Complaint getRepeatOf() {
        return repeatOf;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getOfficeOwner() {
        return officeOwner;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public OrgUnit getAccusedUnit() {
        return accusedUnit;
    }

    public String getAccusedOfficer() {
        return accusedOfficer;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
