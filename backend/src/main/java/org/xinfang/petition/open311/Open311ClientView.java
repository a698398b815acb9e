package org.xinfang.petition.open311;

import java.time.Instant;

/**
 * An Open311 client application as administrators see it: never its key.
 *
 * @param revokedAt when it was revoked; null while its key files
 */
public record Open311ClientView(
        Long id, String name, Instant registeredAt, String registeredBy, Instant revokedAt, String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
