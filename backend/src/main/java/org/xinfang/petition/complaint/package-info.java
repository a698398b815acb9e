/**
 * The case record (案件): the complaint, its complainant, the timeline of everything that happened to it,
 * its replies and callbacks; and the one place that keeps the case status in step with the process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case record",
    allowedDependencies = {"organization", "privacy", "shared"})
package org.xinfang.petition.complaint;
