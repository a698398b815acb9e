/**
 * Who is acting: staff authentication against our own user table, the acting user's unit and roles, and the
 * engine authentication that lets the process model's candidate groups decide who may act on a task.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"complaint", "organization", "privacy", "shared"})
package org.xinfang.petition.security;
