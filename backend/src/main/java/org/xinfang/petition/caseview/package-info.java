/**
 * What staff see of cases: lists filtered by status, bureau, region and category, and a case's full record with
 * its timeline, replies, callbacks, the complainant's rating and open tasks; each limited to the cases the viewer may see.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Case view",
        allowedDependencies = {
            "audit",
            "complaint",
            "deadline",
            "evaluation",
            "organization",
            "ownership",
            "privacy",
            "process",
            "review",
            "screening",
            "security",
            "shared"
        })
package org.xinfang.petition.caseview;
