/**
 * The petition office's decisions (受理研判 and 派单): accept, not accept or merge a repeat; dispatch to the
 * bureau that {@code bureau-routing} proposes or another; designate a unit after three dispatches.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Triage and dispatch",
        allowedDependencies = {"complaint", "organization", "process", "shared"})
package org.xinfang.petition.dispatch;
