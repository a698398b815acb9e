/**
 * Open311 GeoReport v2 (docs/open311.md) under {@code /open311/v2}, in JSON and XML: our categories as services, the
 * intake form's fields as each service's attributes, filing through intake's {@code IdempotentFiling} with the same
 * checks and limits as our own API (each client application by its {@code api_key}, registered by administrators and
 * kept as a keyed hash, under a limit of its own), and the public view of the cases: status open or closed, the
 * bureau, the live limit, never the complainant.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Open311",
        allowedDependencies = {
            "abuse",
            "audit",
            "complaint",
            "deadline",
            "disclosure",
            "intake",
            "organization",
            "privacy",
            "security",
            "shared",
            "web"
        })
package org.xinfang.petition.open311;
