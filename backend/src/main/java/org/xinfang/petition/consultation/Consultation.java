package org.xinfang.petition.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.OptimisticLock;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.privacy.PersonalDataScreen;

/**
 * 在线咨询: a question, the department it is routed to, its answer and, once published, the screened public
 * versions of both. The asker's name is optional and never leaves the staff views unmasked.
 */
@Entity
class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number")
    private String trackingNumber;

    /** Re-hashing the query code into its keyed form changes nothing a concurrent edit could conflict with. */
    @Column(name = "query_code_hash")
    @OptimisticLock(excluded = true)
    private String queryCodeHash;

    @Column(name = "asker_name")
    @Convert(converter = ConsultationColumns.AskerName.class)
    private String askerName;

    @Enumerated(EnumType.STRING)
    private Category category;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_code")
    private Region region;

    private String question;

    @Enumerated(EnumType.STRING)
    private ConsultationStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private OrgUnit department;

    @Column(name = "asked_at")
    private Instant askedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private boolean published;

    @Column(name = "public_question")
    private String publicQuestion;

    @Column(name = "public_answer")
    private String publicAnswer;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Consultation() {}

    Consultation(
            String trackingNumber,
            String queryCodeHash,
            String askerName,
            Category category,
            Region region,
            String question,
            Instant askedAt) {
        this.trackingNumber = trackingNumber;
        this.queryCodeHash = queryCodeHash;
        this.askerName = askerName;
        this.category = category;
        this.region = region;
        this.question = question;
        this.askedAt = askedAt;
        this.status = ConsultationStatus.ROUTING;
    }

    /** Where the model now stands ({@link ConsultationStatusSync}); a final status closes the consultation. */
    void changeStatus(ConsultationStatus status, Instant at) {
        this.status = status;
        if (status.isTerminal()) {
            this.closedAt = at;
        }
    }

    /**
     * The retention period is over: the asker's name is erased and the question and answer are kept masked of
     * personal data (the name, ID numbers, phones, e-mail addresses); the published versions were screened already.
     */
    void anonymise(PersonalDataScreen screen, Instant at) {
        this.question = screen.mask(question, askerName);
        if (answer != null) {
            this.answer = screen.mask(answer, askerName);
        }
        this.askerName = null;
        this.anonymisedAt = at;
    }

    boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** The query code, kept from now on in this (keyed) form. */
    void rehashQueryCode(String queryCodeHash) {
        this.queryCodeHash = queryCodeHash;
    }

    /** With the department from now, to be answered by {@code dueAt}. */
    void routeTo(OrgUnit department, Instant dueAt) {
        this.department = department;
        this.dueAt = dueAt;
    }

    void answer(String answer, String answeredBy, Instant answeredAt) {
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    /** Publication decided: these screened texts go public when the model publishes them. */
    void prepareForPublication(String publicQuestion, String publicAnswer, String publishedBy) {
        this.publicQuestion = publicQuestion;
        this.publicAnswer = publicAnswer;
        this.publishedBy = publishedBy;
    }

    void publish(Instant at) {
        this.published = true;
        this.publishedAt = at;
    }

    Long getId() {
        return id;
    }

    String getTrackingNumber() {
        return trackingNumber;
    }

    String getQueryCodeHash() {
        return queryCodeHash;
    }

    String getAskerName() {
        return askerName;
    }

    Category getCategory() {
        return category;
    }

    Region getRegion() {
        return region;
    }

    String getQuestion() {
        return question;
    }

    ConsultationStatus getStatus() {
        return status;
    }

    OrgUnit getDepartment() {
        return department;
    }

    Instant getAskedAt() {
        return askedAt;
    }

    Instant getDueAt() {
        return dueAt;
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

    boolean isPublished() {
        return published;
    }

    String getPublicQuestion() {
        return publicQuestion;
    }

    String getPublicAnswer() {
        return publicAnswer;
    }

    String getPublishedBy() {
        return publishedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
