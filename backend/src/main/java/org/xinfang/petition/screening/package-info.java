/**
 * Screening (研判辅助) of incoming cases for the petition office: likely repeats of a case (the same complainant,
 * found by the blind index of the resident ID number, with a similar matter within a window), the repeat-petition
 * indicator (重复信访率) of merged repeats, and the flags of joint, group (联名/集体) and skip-level (越级)
 * complaints, set at intake and corrected by the clerk with a reason.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Screening",
        allowedDependencies = {"complaint", "organization", "security", "shared"})
package org.xinfang.petition.screening;
