package org.xinfang.petition.evaluation;

import org.springframework.stereotype.Component;
import org.xinfang.petition.privacy.ClientKeys;

/** A window evaluator's key: a {@link ClientKeys} key of its own prefix and purpose, shown once. */
@Component
class EvaluatorKeys {

    static final String PREFIX = "xfe_";
    private static final String PURPOSE = "evaluator-device-key";

    private final ClientKeys keys;

    EvaluatorKeys(ClientKeys keys) {
        this.keys = keys;
    }

    /** A fresh key, to be shown once. */
    String newKey() {
        return keys.newKey(PREFIX);
    }

    String hashOf(String key) {
        return keys.hashOf(PURPOSE, key);
    }

    /** Whether the presented key is the one whose hash is kept, in time that does not depend on where they differ. */
    boolean matches(String presented, String keptHash) {
        return keys.matches(PURPOSE, presented, keptHash);
    }
}
