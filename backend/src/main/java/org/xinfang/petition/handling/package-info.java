/**
 * The bureau's work (承办): sign for or return a misrouted case, handle it and draft the reply, the leader's
 * approval, and sending the approved reply to the complainant.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Handling",
        allowedDependencies = {
            "calendar",
            "complaint",
            "deadline",
            "notification",
            "organization",
            "process",
            "security",
            "shared"
        })
package org.xinfang.petition.handling;
