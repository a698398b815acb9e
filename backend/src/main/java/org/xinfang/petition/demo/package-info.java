/**
 * Demo data for the embedded default: a demo province's organisation with logins for every role, and a handful
 * of complaints in different stages. Off in production.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "callback",
            "complaint",
            "dispatch",
            "handling",
            "intake",
            "organization",
            "process",
            "security",
            "shared"
        })
package org.xinfang.petition.demo;
