/**
 * AB岗 (substitutes): a staff member records an absence with a colleague of the same unit and roles who stands in;
 * while it lasts, the tasks they had taken are handed to the substitute (in the engine, so Tasklist and our API
 * alike), their notifications reach the substitute too, and the case's timeline says who acts for whom.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Substitutes",
        allowedDependencies = {"complaint", "organization", "security", "shared"})
package org.xinfang.petition.absence;
