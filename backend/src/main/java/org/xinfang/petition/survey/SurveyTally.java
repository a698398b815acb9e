package org.xinfang.petition.survey;

/**
 * A bureau's survey results for a month. satisfied = reached calls whose overall answer counts as satisfied (满意 or
 * 基本满意, or overall ≥ the configured threshold). averageScore = mean overall score 0–100 of valid answers, or null if
 * none.
 */
public record SurveyTally(
        String unitCode,
        SurveySource source,
        int drawn,
        int called,
        int reached,
        int valid,
        int satisfied,
        Double averageScore) {}
