package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.support.DecisionTables;

/** {@code time-limits}: the limit of each stage and how long before it the handler is warned. */
class TimeLimitsDecisionTest {

    static final DmnDecision TIME_LIMITS = DecisionTables.decision(ComplaintProcess.TIME_LIMITS_DECISION);

    /** Limits in the calendar syntax of docs/deadlines.md, the same for every category unless said otherwise. */
    @ParameterizedTest(name = "{0} {1}: within {2}, warned {3} before")
    @CsvSource({
        "TRIAGE,             NORMAL, 15 days,         1 working day",
        "TRIAGE,             URGENT, 15 days,         1 working day",
        "DISPATCH,           NORMAL, 15 days,         1 working day",
        "SIGN_FOR,           NORMAL, 1 working day,   4 working hours",
        "SIGN_FOR,           URGENT, 30 minutes,      10 minutes",
        "RETURN_WINDOW,      NORMAL, 5 working days,  1 working day",
        "HANDLING,           URGENT, 15 days,         1 working day",
        "CALLBACK,           NORMAL, 5 working days,  1 working day",
        "REVIEW,             NORMAL, 30 days,         1 working day",
        "SUPERVISION_ORDER,  NORMAL, 5 working days,  1 working day",
        "SUPERVISION_ORDER,  URGENT, 1 working day,   4 working hours",
        "EXTENSION_BY_LEADER, NORMAL, 1 working day,  4 working hours",
        "EXTENSION_BY_OFFICE, NORMAL, 1 working day,  4 working hours",
        "REPEAT_MATERIAL,    NORMAL, 1 working day,   4 working hours",
        "SUPERVISION_ISSUE,  NORMAL, 2 working days,  4 working hours",
        "CONSULTATION_ANSWER, NORMAL, 5 working days, 1 working day",
        "CONSULTATION_ROUTING, NORMAL, 1 working day, 4 working hours",
        "CONSULTATION_PUBLICATION, NORMAL, 5 working days, 1 working day",
        "RECTIFICATION,      NORMAL, 15 working days, 2 working days",
        "RECTIFICATION,      URGENT, 15 working days, 2 working days",
        "RECTIFICATION_CHECK, NORMAL, 3 working days, 1 working day",
        "DISCLOSURE_REVIEW,  NORMAL, 5 working days,  1 working day",
        "DISCLOSURE_REVIEW,  URGENT, 5 working days,  1 working day"
    })
    void eachStageHasItsLimitAndWarningByUrgency(String stage, Urgency urgency, String limit, String warnBefore) {
        for (Category category : Category.values()) {
            assertLimit(stage, urgency, category, limit, warnBefore);
        }
    }

    /** Statutory 60 days (Art. 34) and at most 30 more; registration and exit-entry services follow hotline practice. */
    @ParameterizedTest(name = "{0} for {1}: within {2}")
    @CsvSource({
        "HANDLING,      POLICE_CONDUCT,         60 days",
        "HANDLING,      OTHER,                  60 days",
        "HANDLING,      HOUSEHOLD_REGISTRATION, 5 working days",
        "HANDLING,      EXIT_ENTRY,             5 working days",
        "EXTENSION_MAX, POLICE_CONDUCT,         30 days",
        "EXTENSION_MAX, HOUSEHOLD_REGISTRATION, 10 working days"
    })
    void handlingAndItsExtensionDependOnTheCategory(String stage, Category category, String limit) {
        assertLimit(stage, Urgency.NORMAL, category, limit, "1 working day");
    }

    void assertLimit(String stage, Urgency urgency, Category category, String limit, String warnBefore) {
        DmnDecisionResultEntries result = evaluate(stage, urgency, category);
        assertThat(result).as("a limit for %s %s %s", stage, urgency, category).isNotNull();
        assertThat(result.<String>getEntry("limit"))
                .as("limit for %s", category)
                .isEqualTo(limit);
        assertThat(result.<String>getEntry("warnBefore"))
                .as("warning for %s", category)
                .isEqualTo(warnBefore);
        assertThat(Limit.parse(limit)).as("the model's syntax").isNotNull();
        assertThat(Limit.parse(warnBefore)).as("the model's syntax").isNotNull();
    }

    @Test
    void unknownStageHasNoLimit() {
        assertThat(evaluate("EXTENSION", Urgency.NORMAL, Category.OTHER)).isNull();
    }

    DmnDecisionResultEntries evaluate(String stage, Urgency urgency, Category category) {
        return DecisionTables.evaluate(
                TIME_LIMITS, Map.of("stage", stage, "urgency", urgency.name(), "category", category.name()));
    }
}
