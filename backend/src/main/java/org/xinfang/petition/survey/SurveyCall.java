package org.xinfang.petition.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person drawn for a month's survey and what calling them brought. Once reached, refused or unreachable the call is
 * closed; the version makes the second of two recordings at once lose.
 */
@Entity
@Table(name = "survey_call")
class SurveyCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draw_id")
    private Long drawId;

    @Column(name = "survey_month")
    private String month;

    @Enumerated(EnumType.STRING)
    private SurveySource source;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "service_user_id")
    private Long serviceUserId;

    @Column(name = "person_key")
    private String personKey;

    private int position;

    @Enumerated(EnumType.STRING)
    private CallStatus status;

    private int tries;

    @Column(name = "overall_score")
    private Integer overallScore;

    private Boolean satisfied;

    @Column(name = "called_by")
    private String calledBy;

    @Column(name = "called_at")
    private Instant calledAt;

    @ElementCollection
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "question_key")
    @Column(name = "answer")
    private Map<String, String> answers = new LinkedHashMap<>();

    @Version
    private long version;

    protected SurveyCall() {}

    SurveyCall(Long drawId, String month, Candidate candidate, int position) {
        this.drawId = drawId;
        this.month = month;
        this.source = candidate.source();
        this.unitCode = candidate.unitCode();
        this.complaintId = candidate.complaintId();
        this.serviceUserId = candidate.serviceUserId();
        this.personKey = candidate.personKey();
        this.position = position;
        this.status = CallStatus.PENDING;
    }

    void reached(Answers given, String by, Instant at) {
        this.answers.putAll(given.values());
        this.overallScore = given.overallScore();
        this.satisfied = given.satisfied();
        close(CallStatus.REACHED, by, at);
    }

    void refused(String by, Instant at) {
        close(CallStatus.REFUSED, by, at);
    }

    /** Nobody answered: after {@code maxTries} such calls the person is unreachable. */
    void unanswered(int maxTries, String by, Instant at) {
        close(tries + 1 >= maxTries ? CallStatus.UNREACHABLE : CallStatus.NO_ANSWER, by, at);
    }

    private void close(CallStatus status, String by, Instant at) {
        this.status = status;
        this.tries++;
        this.calledBy = by;
        this.calledAt = at;
    }

    Long getId() {
        return id;
    }

    String getMonth() {
        return month;
    }

    SurveySource getSource() {
        return source;
    }

    String getUnitCode() {
        return unitCode;
    }

    Long getComplaintId() {
        return complaintId;
    }

    Long getServiceUserId() {
        return serviceUserId;
    }

    int getPosition() {
        return position;
    }

    Boolean getSatisfied() {
        return satisfied;
    }

    CallStatus getStatus() {
        return status;
    }

    int getTries() {
        return tries;
    }

    String getCalledBy() {
        return calledBy;
    }

    Instant getCalledAt() {
        return calledAt;
    }

    Map<String, String> getAnswers() {
        return answers;
    }
}
