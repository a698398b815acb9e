package org.xinfang.petition.abuse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;

/**
 * The {@code Idempotency-Key} of a filing, its request given as canonical bytes (the same request, the same bytes). A
 * retry with the same key and the same request gets the first answer again, query code included; the same key with
 * another request is refused (422), so a key someone else used reveals nothing. The database keeps no usable secret:
 * the key only as a hash, the request only as an HMAC under the key, and the query code sealed (AES-GCM) with a key
 * derived from the request key and the request, which only whoever sends both again can derive.
 */
@Component
public class SubmissionKeys {

    public static final String HEADER = "Idempotency-Key";

    /** What a client may send: 1 to 255 visible ASCII characters (a UUID, typically). */
    private static final String KEY_SHAPE = "[\\x21-\\x7E]{1,255}";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SubmissionKeyRepository keys;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SubmissionKeys(SubmissionKeyRepository keys, IdempotencyProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** A key that is no key (blank, too long, not visible ASCII) is refused naming the header. */
    public static void checkShape(String key) {
        if (!key.matches(KEY_SHAPE)) {
            throw PetitionException.invalid(HEADER, "constraint.idempotency-key");
        }
    }

    /**
     * The answer this key was given, while it is kept; an expired key is forgotten here. The key sent with
     * another request is refused (422, naming the header).
     */
    public Optional<Answer> earlier(String key, byte[] request) {
        Optional<SubmissionKey> found = keys.findByKeyHash(hashOf(key));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SubmissionKey earlier = found.get();
        if (earlier.hasExpired(clock.instant())) {
            keys.delete(earlier);
            keys.flush();
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(
                fingerprint(key, request).getBytes(StandardCharsets.US_ASCII),
                earlier.getFingerprint().getBytes(StandardCharsets.US_ASCII))) {
            throw PetitionException.unprocessable(HEADER, "constraint.idempotency-key-reused");
        }
        return Optional.of(new Answer(earlier.getTrackingNumber(), unseal(key, request, earlier.getSealedQueryCode())));
    }

    /**
     * Claims the key for this filing, written at once: a concurrent request with the same key waits on the unique
     * key hash until this transaction ends, then fails on it (and retries, to find this answer).
     */
    public void claim(String key, byte[] request, Answer answer) {
        Instant now = clock.instant();
        keys.saveAndFlush(new SubmissionKey(
                hashOf(key),
                fingerprint(key, request),
                answer.trackingNumber(),
                seal(key, request, answer.queryCode()),
                now,
                now.plus(properties.idempotencyWindow())));
    }

    /** Forgets the keys whose time is over. */
    int purgeExpired() {
        return keys.deleteExpired(clock.instant());
    }

    /** What a request was answered: its tracking number, and its query code, which is kept sealed. */
    public record Answer(String trackingNumber, String queryCode) {}

    private static String hashOf(String key) {
        return Hashes.sha256Hex("idempotency-key", key);
    }

    private static String fingerprint(String key, byte[] request) {
        return HexFormat.of().formatHex(hmac(key, "fingerprint", request));
    }

    private String seal(String key, byte[] request, String queryCode) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, request, iv, queryCode.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                        .put(iv)
                        .put(sealed)
                        .array());
    }

    private static String unseal(String key, byte[] request, String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] iv = new byte[IV_BYTES];
        buffer.get(iv);
        byte[] cipherText = new byte[buffer.remaining()];
        buffer.get(cipherText);
        return new String(crypt(Cipher.DECRYPT_MODE, key, request, iv, cipherText), StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, String key, byte[] request, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(hmac(key, "seal", request), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed on a fingerprint that matched", e);
        }
    }

    /** HMAC-SHA256 under the request key, of a purpose and the request: one derived secret per purpose. */
    private static byte[] hmac(String key, String purpose, byte[] request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((purpose + "\0").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(request);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
