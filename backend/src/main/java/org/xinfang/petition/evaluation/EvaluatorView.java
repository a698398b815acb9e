package org.xinfang.petition.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A window evaluator as administrators see it: never its key.
 *
 * @param rotatedAt when its key was last replaced; null if never
 * @param revokedAt when it was revoked; null while it may rate
 */
public record EvaluatorView(
        Long id,
        String name,
        String unitCode,
        List<String> services,
        Instant registeredAt,
        String registeredBy,
        Instant rotatedAt,
        String rotatedBy,
        Instant revokedAt,
        String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
