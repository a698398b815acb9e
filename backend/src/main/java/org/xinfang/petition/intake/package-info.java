/**
 * Intake (登记): filing a real-name complaint online or through an operator, the tracking number and one-time
 * query code, and the citizen's public status lookup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
    allowedDependencies = {"attachment", "complaint", "handling", "messaging", "organization", "privacy", "security",
        "shared"})
package org.xinfang.petition.intake;
