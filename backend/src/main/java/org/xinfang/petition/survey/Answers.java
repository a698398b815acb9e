package org.xinfang.petition.survey;

import java.util.Map;

/**
 * A reached person's answers, each within its question's scale; the overall score (null when the overall question is
 * a verdict) and whether the overall answer counts as satisfied (null when the questionnaire has no overall question).
 */
record Answers(Map<String, String> values, Integer overallScore, Boolean satisfied) {}
