/**
 * 电子监察屏: the monitoring screen of the workbench, a page for a wall screen (and a phone) that refreshes itself:
 * cases received, closed, in progress and called back today, this month and this year; overdue and at-risk limits
 * by bureau; the stages' average working time; intake by channel and by category. Everything counted in the
 * viewer's scope ({@code security.CaseScopes}), working time on the working-day calendar.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring screen",
        allowedDependencies = {"calendar", "complaint", "deadline", "security", "web"})
package org.xinfang.petition.monitoring;
