package org.xinfang.petition.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.xinfang.petition.privacy.BlindIndex;

/**
 * A window evaluator's key: 256 random bits, URL-safe, shown once; kept only as its keyed hash under the index key
 * (as staff API tokens are), so that the table alone yields no usable key. A presented key is checked by comparing
 * hashes in constant time.
 */
@Component
class EvaluatorKeys {

    static final String PREFIX = "xfe_";
    private static final String PURPOSE = "evaluator-device-key";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BlindIndex keyedHash;

    EvaluatorKeys(BlindIndex keyedHash) {
        this.keyedHash = keyedHash;
    }

    /** A fresh key, to be shown once. */
    String newKey() {
        byte[] secret = new byte[KEY_BYTES];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    String hashOf(String key) {
        return keyedHash.of(PURPOSE, key);
    }

    /** Whether the presented key is the one whose hash is kept, in time that does not depend on where they differ. */
    boolean matches(String presented, String keptHash) {
        return MessageDigest.isEqual(
                hashOf(presented).getBytes(StandardCharsets.US_ASCII), keptHash.getBytes(StandardCharsets.US_ASCII));
    }
}
