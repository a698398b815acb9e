/**
 * Abuse protection (防滥用) of the public endpoints: the limit on anonymous submissions per client address
 * (complaints filed online, consultation questions), the throttle on lookups by tracking number and query code
 * against guessing the code, filing retries kept by their {@code Idempotency-Key}, and the housekeeping that
 * forgets their rows when their time is over.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Abuse protection",
        allowedDependencies = {"privacy", "security", "shared"})
package org.xinfang.petition.abuse;
