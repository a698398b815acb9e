/**
 * Response limits (办理时限): evaluates the {@code time-limits} decision for a stage, starts the clocks that the
 * model's timers and due dates read, and records warnings and overdue events when the timers fire.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Deadlines",
        allowedDependencies = {
            "calendar",
            "complaint",
            "disclosure",
            "notification",
            "organization",
            "process",
            "shared"
        })
package org.xinfang.petition.deadline;
