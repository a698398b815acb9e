/**
 * 工作台: the staff's pages on cases. A case page for every role that may see the case, and beside it the actions this
 * user may take on it now ({@link org.xinfang.petition.workbench.CaseAction}), each on a page of its own that renders
 * the task's form from {@code forms/} and calls the same service as the API.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Staff workbench",
        allowedDependencies = {
            "absence",
            "attachment",
            "calendar",
            "callback",
            "caseview",
            "complaint",
            "consultation",
            "deadline",
            "disclosure",
            "dispatch",
            "evaluation",
            "handling",
            "intake",
            "messaging",
            "organization",
            "ownership",
            "process",
            "review",
            "screening",
            "security",
            "shared",
            "supervision",
            "web"
        })
package org.xinfang.petition.workbench;
