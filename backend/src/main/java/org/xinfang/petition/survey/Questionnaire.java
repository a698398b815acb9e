package org.xinfang.petition.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PetitionException.FieldViolation;

/**
 * The versioned questionnaire (survey_question): a new version is a new set of rows, the latest is used by the next
 * draw, and a draw's calls ask the version it recorded. The question keyed {@value #OVERALL} is the overall verdict or
 * score that decides whether a reached person counts as satisfied.
 */
@Component
class Questionnaire {

    static final String OVERALL = "overall";

    private final SurveyQuestionRepository questions;
    private final SurveyProperties properties;

    Questionnaire(SurveyQuestionRepository questions, SurveyProperties properties) {
        this.questions = questions;
        this.properties = properties;
    }

    int latestVersion() {
        return questions.latestVersion();
    }

    List<QuestionView> of(int version) {
        return questions.findByVersionOrderByPositionAsc(version).stream()
                .map(question -> new QuestionView(
                        question.getPosition(),
                        question.getKey(),
                        question.getTextZh(),
                        question.getTextEn(),
                        question.getScale()))
                .toList();
    }

    /**
     * Checks that every question of the version is answered within its scale and nothing else is; every bad answer is
     * named as {@code answers.<key>} (400).
     */
    Answers check(int version, Map<String, String> given) {
        Map<String, String> answers = given == null ? Map.of() : given;
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Integer overallScore = null;
        Boolean satisfied = null;
        List<SurveyQuestion> asked = questions.findByVersionOrderByPositionAsc(version);
        for (SurveyQuestion question : asked) {
            String answer = answers.get(question.getKey());
            String field = "answers." + question.getKey();
            if (answer == null || answer.isBlank()) {
                violations.add(new FieldViolation(field, "survey.answer-missing"));
            } else if (!question.getScale().admits(answer.strip())) {
                violations.add(new FieldViolation(field, "survey.answer-out-of-scale", question.getScale()));
            } else {
                String value = answer.strip();
                values.put(question.getKey(), value);
                if (question.getKey().equals(OVERALL)) {
                    satisfied = question.getScale().satisfied(value, properties.satisfiedFrom());
                    overallScore = question.getScale() == AnswerScale.SCORE ? Integer.valueOf(value) : null;
                }
            }
        }
        answers.keySet().stream()
                .filter(key ->
                        asked.stream().noneMatch(question -> question.getKey().equals(key)))
                .sorted()
                .forEach(key -> violations.add(new FieldViolation("answers." + key, "survey.answer-unknown")));
        if (!violations.isEmpty()) {
            throw PetitionException.invalid(violations);
        }
        return new Answers(values, overallScore, satisfied);
    }

    /** A question as the surveyor reads it. */
    record QuestionView(int position, String key, String textZh, String textEn, AnswerScale scale) {}
}
