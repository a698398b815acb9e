package org.xinfang.petition.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.xinfang.petition.privacy.BlindIndex;

/**
 * The one-time query codes (查询码) of complaints and consultations, kept as a keyed hash under the blind-index key
 * (HMAC-SHA256, or HMAC-SM3 as the blind index is configured) of the tracking number and the code: a random code
 * of about 40 bits, tried at most a few times per number (see {@link org.xinfang.petition.abuse.LookupThrottle}),
 * needs no slow password hash, and without the key the stored hashes cannot be tried offline. Codes kept before as
 * BCrypt password hashes (marked {@code {bcrypt}}) still open their record and are re-hashed on their first
 * successful use.
 */
@Component
public class QueryCodes {

    /** Marks the keyed form, as the password encoder marks its hashes. */
    private static final String KEYED = "{hmac}";

    private static final String PURPOSE = "query-code";

    private final BlindIndex blindIndex;
    private final PasswordEncoder legacyHasher;

    QueryCodes(BlindIndex blindIndex, PasswordEncoder legacyHasher) {
        this.blindIndex = blindIndex;
        this.legacyHasher = legacyHasher;
    }

    /** The form a new code is stored in. */
    public String hash(String trackingNumber, String queryCode) {
        return KEYED + blindIndex.of(PURPOSE, trackingNumber + "\u0000" + queryCode);
    }

    /**
     * Whether the code opens the record of this number, compared in constant time. For an unknown number
     * ({@code storedHash} null) the same keyed hash is computed and compared, so that both failures take as long.
     */
    public boolean opens(String trackingNumber, String queryCode, String storedHash) {
        if (storedHash != null && !storedHash.startsWith(KEYED)) {
            return legacyHasher.matches(queryCode, storedHash);
        }
        byte[] expected = (storedHash == null ? KEYED + "decoy" : storedHash).getBytes(StandardCharsets.UTF_8);
        byte[] given = hash(trackingNumber, queryCode).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected) && storedHash != null;
    }

    /** The keyed form to keep instead, when the code that just opened the record was kept in the old form. */
    public Optional<String> rehashed(String trackingNumber, String queryCode, String storedHash) {
        return storedHash.startsWith(KEYED) ? Optional.empty() : Optional.of(hash(trackingNumber, queryCode));
    }
}
