/**
 * The petition office's callback (回访) after the reply: satisfied or not; an unsatisfied complainant gets the
 * case reopened once (重办), a second time an inspector reviews it (督查复核).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Callback",
        allowedDependencies = {"complaint", "organization", "process", "shared"})
package org.xinfang.petition.callback;
