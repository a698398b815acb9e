package org.xinfang.petition.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Keys handed once to a client device or application (a window evaluator, an Open311 application): 256 random
 * bits, URL-safe, behind a prefix that says what they open; kept only as their keyed hash under the index key (as
 * staff API tokens are), so that the table alone yields no usable key. Each kind of key hashes under a purpose of
 * its own, so that a key of one kind never opens another.
 */
@Component
public class ClientKeys {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BlindIndex keyedHash;

    ClientKeys(BlindIndex keyedHash) {
        this.keyedHash = keyedHash;
    }

    /** A fresh key, to be shown once. */
    public String newKey(String prefix) {
        byte[] secret = new byte[KEY_BYTES];
        RANDOM.nextBytes(secret);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public String hashOf(String purpose, String key) {
        return keyedHash.of(purpose, key);
    }

    /** Whether the presented key is the one whose hash is kept, in time that does not depend on where they differ. */
    public boolean matches(String purpose, String presented, String keptHash) {
        return MessageDigest.isEqual(
                hashOf(purpose, presented).getBytes(StandardCharsets.US_ASCII),
                keptHash.getBytes(StandardCharsets.US_ASCII));
    }
}
