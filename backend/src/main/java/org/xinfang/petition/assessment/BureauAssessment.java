package org.xinfang.petition.assessment;

import org.xinfang.petition.assessment.UnitIndicators.Measured;
import org.xinfang.petition.organization.AdminLevel;

/**
 * A bureau's month: its own indicators, its score and, among the bureaus of its level, its place.
 *
 * @param rank the place among the ranked bureaus of the level (ties share a place), or {@code null} when not ranked
 * @param notRanked why the bureau is not ranked ({@code too-few-cases}, {@code not-scored}), or {@code null}
 * @param ineligibleForHonours last of its level (取消评先资格)
 */
record BureauAssessment(
        String code,
        String nameZh,
        String nameEn,
        AdminLevel level,
        Measured indicators,
        CompositeScore score,
        Integer rank,
        String notRanked,
        boolean ineligibleForHonours) {

    BureauAssessment ranked(Integer rank, String notRanked, boolean ineligibleForHonours) {
        return new BureauAssessment(
                code, nameZh, nameEn, level, indicators, score, rank, notRanked, ineligibleForHonours);
    }
}
