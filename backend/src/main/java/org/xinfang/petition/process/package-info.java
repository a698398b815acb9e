/**
 * The process engine's place in the system: the names the models use, the engine's schema and settings,
 * and the one way our API acts on a user task.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Process",
        allowedDependencies = {"calendar", "complaint", "organization", "security", "shared"})
package org.xinfang.petition.process;
