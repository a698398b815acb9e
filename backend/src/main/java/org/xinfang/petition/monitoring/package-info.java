/**
 * 电子监察屏: the monitoring screen of the workbench, a page for a wall screen (and a phone) that refreshes itself:
 * cases received, closed, in progress and called back today, this month and this year; overdue and at-risk limits
 * by bureau; the stages' average working time; intake by channel and by category. Everything counted in the
 * viewer's scope ({@code security.CaseScopes}), working time on the working-day calendar; the public's satisfaction
 * month by month per source over the bureaus in that scope, and the latest closed month's ranking (from
 * {@code assessment.AssessmentHighlights}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring screen",
        allowedDependencies = {
            "assessment",
            "calendar",
            "complaint",
            "deadline",
            "organization",
            "security",
            "shared",
            "web"
        })
package org.xinfang.petition.monitoring;
