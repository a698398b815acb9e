/**
 * 首问负责 (first-asked responsibility): the first clerk who acts on a case owns it in the petition office until it
 * closes; the owner may hand it over to another clerk with a reason; the owner hears of what happens to the case. The
 * complainant sees the owner as the office's desk and role, never by name.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "First-asked responsibility",
        allowedDependencies = {"complaint", "notification", "organization", "security", "shared"})
package org.xinfang.petition.ownership;
