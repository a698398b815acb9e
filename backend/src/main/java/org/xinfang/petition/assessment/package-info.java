/**
 * 考核: the monthly assessment of the bureaus. {@link org.xinfang.petition.assessment.Indicators} counts each
 * bureau's work in any period (received, returned, on-time sign-for and completion, overdue, extensions, reopenings,
 * callbacks, satisfaction per source, supervision and accountability) and rolls it up per city and province; a month
 * is scored with the weights in force then (public evaluation and work indicators), graded and ranked per level
 * ({@link org.xinfang.petition.assessment.MonthlyAssessments}); a closed month is frozen. Cases can be left out
 * (剔除) with a reason approved by someone else. The figures are counts over the case tables' indexed columns (the
 * assessment reads them as its reporting model and writes only its own tables), the window ratings and the
 * random-sample survey through their modules' queries. Definitions: {@code docs/indicators.md}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessment",
        allowedDependencies = {
            "audit",
            "calendar",
            "complaint",
            "evaluation",
            "organization",
            "security",
            "shared",
            "survey",
            "web"
        })
package org.xinfang.petition.assessment;
