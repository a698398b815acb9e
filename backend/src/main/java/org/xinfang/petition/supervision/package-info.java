/**
 * Supervision (督办) and accountability (问责): the {@code supervision} process that follows an overdue or
 * flagged case, the orders issued to its bureau and their escalation up the organisation tree, accountability
 * records after missed orders, and the inspectors' board, lists and weekly summary.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {
            "audit",
            "calendar",
            "complaint",
            "deadline",
            "notification",
            "organization",
            "process",
            "security",
            "shared"
        })
package org.xinfang.petition.supervision;
