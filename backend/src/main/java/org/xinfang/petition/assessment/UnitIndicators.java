package org.xinfang.petition.assessment;

import java.util.List;
import org.xinfang.petition.assessment.StageTimes.StageTime;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.organization.OrgUnit;

/**
 * A bureau's indicators in a period: its own, and rolled up over itself and every bureau under it (a city's bureau
 * and its counties'; the province's department and all).
 */
record UnitIndicators(
        String code,
        String nameZh,
        String nameEn,
        AdminLevel level,
        String parentCode,
        Measured own,
        Measured rolledUp) {

    static UnitIndicators of(
            OrgUnit bureau, Figures own, StageTimes ownTimes, Figures rolledUp, StageTimes rolledUpTimes) {
        return new UnitIndicators(
                bureau.getCode(),
                bureau.getNameZh(),
                bureau.getNameEn(),
                bureau.getLevel(),
                bureau.getParent() == null ? null : bureau.getParent().getCode(),
                Measured.of(own, ownTimes),
                Measured.of(rolledUp, rolledUpTimes));
    }

    /** The counts, the rates worked out from them, and how many working days each timed stage took. */
    record Measured(Figures figures, Rates rates, List<StageTime> stageTimes) {

        static Measured of(Figures figures, StageTimes times) {
            return new Measured(
                    figures,
                    new Rates(
                            figures.returnRate(),
                            figures.onTimeSignForRate(),
                            figures.onTimeCompletionRate(),
                            figures.reopenRate(),
                            figures.repeatPetitionRate(),
                            figures.resolutionRate(),
                            figures.callbackContactRate(),
                            figures.callbackSatisfactionRate(),
                            figures.ratingSatisfactionRate(),
                            figures.windowSatisfactionRate(),
                            figures.surveyContactRate()),
                    times.times());
        }
    }

    record Rates(
            Rate returns,
            Rate onTimeSignFor,
            Rate onTimeCompletion,
            Rate reopenings,
            Rate repeatPetitions,
            Rate resolution,
            Rate callbackContact,
            Rate callbackSatisfaction,
            Rate ratingSatisfaction,
            Rate windowSatisfaction,
            Rate surveyContact) {}
}
