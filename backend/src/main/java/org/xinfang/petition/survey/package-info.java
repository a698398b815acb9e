/**
 * 电脑随机抽样、电话回访: the monthly survey of the public. Each month a clerk draws a reproducible sample (the seed is
 * recorded) of the cases whose time limit ran out in that month and of the imported users of other police services
 * (110/119/122 callers, people served at a window), stratified by bureau; surveyors call them with a script and a
 * versioned questionnaire and record each call. {@link org.xinfang.petition.survey.SurveyResults} publishes each
 * bureau's tallies of a month (see docs/survey.md).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Survey",
        allowedDependencies = {
            "audit",
            "complaint",
            "deadline",
            "intake",
            "organization",
            "privacy",
            "security",
            "shared",
            "web"
        })
package org.xinfang.petition.survey;
