/**
 * Installing a node from the README alone: one command ({@code --petition.install.administrator=<login>}) migrates
 * the database, creates the data keys and the audit key in owner-only key files unless they exist (never
 * overwritten), creates the first administrator's unit and account with a random password shown once, which they
 * must change at first login, and exits.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Installation",
        allowedDependencies = {"organization", "shared"})
package org.xinfang.petition.installation;
