package org.xinfang.petition.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.shared.PetitionException;

/**
 * 电话回访: a clerk records what a call brought. Reached: every question of the draw's questionnaire answered within
 * its scale (else 400 naming {@code answers.<key>}); refused; or no answer, which after
 * {@code petition.survey.max-tries} tries makes the person unreachable. A closed call is 409, and so is the loser of
 * two recordings at once. Each recording, with its answers, is audited.
 */
@Service
class RecordingCall {

    static final String RECORDED = "SURVEY_CALL_RECORDED";

    private final SurveyCallRepository calls;
    private final SurveyDrawRepository draws;
    private final Questionnaire questionnaire;
    private final Cases cases;
    private final ClerksOnly clerks;
    private final AuditTrail audit;
    private final SurveyProperties properties;
    private final Clock clock;

    RecordingCall(
            SurveyCallRepository calls,
            SurveyDrawRepository draws,
            Questionnaire questionnaire,
            Cases cases,
            ClerksOnly clerks,
            AuditTrail audit,
            SurveyProperties properties,
            Clock clock) {
        this.calls = calls;
        this.draws = draws;
        this.questionnaire = questionnaire;
        this.cases = cases;
        this.clerks = clerks;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void record(long callId, CallOutcome outcome, Map<String, String> answers) {
        String by = clerks.check().username();
        if (outcome == null) {
            throw PetitionException.invalid("outcome", "survey.outcome-required");
        }
        SurveyCall call =
                calls.findById(callId).orElseThrow(() -> PetitionException.notFound("survey.call-not-found", callId));
        if (call.getStatus().isFinal()) {
            throw PetitionException.conflict("survey.call-closed", callId, call.getStatus());
        }
        if (outcome != CallOutcome.REACHED && answers != null && !answers.isEmpty()) {
            throw PetitionException.invalid("answers", "survey.answers-only-when-reached");
        }
        Instant now = clock.instant();
        int version =
                DrawingSample.drawOf(draws, YearMonth.parse(call.getMonth())).getQuestionnaireVersion();
        switch (outcome) {
            case REACHED -> call.reached(questionnaire.check(version, answers), by, now);
            case REFUSED -> call.refused(by, now);
            case NO_ANSWER -> call.unanswered(properties.maxTries(), by, now);
        }
        calls.saveAndFlush(call);
        audit.recordChange(RECORDED, trackingNumberOf(call), describe(call, version));
    }

    private String trackingNumberOf(SurveyCall call) {
        return call.getComplaintId() == null
                ? null
                : cases.byId(call.getComplaintId())
                        .map(Complaint::getTrackingNumber)
                        .orElse(null);
    }

    private static String describe(SurveyCall call, int version) {
        String answers = call.getAnswers().entrySet().stream()
                .map(answer -> answer.getKey() + "=" + answer.getValue())
                .collect(Collectors.joining(", "));
        return "survey " + call.getMonth() + " call " + call.getId() + " (" + call.getSource() + ", "
                + call.getUnitCode() + "): " + call.getStatus() + " after " + call.getTries()
                + " tries, questionnaire v"
                + version + (answers.isEmpty() ? "" : ", answers " + answers);
    }
}
