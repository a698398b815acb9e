/**
 * The case record (案件): the complaint, its complainant, the timeline of everything that happened to it,
 * its replies and callbacks; and the one place that keeps the case status in step with the process. Its
 * repositories and the entities' mutators are its own: other modules read through {@link
 * org.xinfang.petition.complaint.Cases}, change a case only through {@link
 * org.xinfang.petition.complaint.CaseRecords}, and write the timeline through {@link
 * org.xinfang.petition.complaint.CaseTimeline}, whose {@link org.xinfang.petition.complaint.Timeline} serves
 * consultations too.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Case record",
        allowedDependencies = {"organization", "privacy", "shared"})
package org.xinfang.petition.complaint;
