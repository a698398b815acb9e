package org.xinfang.petition.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A keyed hash of a normalised value, for exact-match lookups of encrypted data (the same complainant's other
 * cases, say) without storing or comparing the value itself. HMAC-SHA256 by default, HMAC-SM3 by configuration.
 * The purpose is hashed in, so an index of ID numbers cannot be matched against an index of phone numbers.
 */
public final class BlindIndex {

    /** The keyed hashes available. */
    public enum Algorithm {
        HMAC_SHA256,
        HMAC_SM3
    }

    /** Purpose of the index of normalised resident ID numbers (upper-case X). */
    public static final String RESIDENT_ID = "resident-id";

    /** Purpose of the index of phone numbers in E.164. */
    public static final String PHONE = "phone";

    private final byte[] key;
    private final Algorithm algorithm;

    public BlindIndex(DataKeys keys, Algorithm algorithm) {
        this.key = keys.indexKey();
        this.algorithm = algorithm;
    }

    public String of(String purpose, String normalizedValue) {
        byte[] message = (purpose + "\u0000" + normalizedValue).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(algorithm == Algorithm.HMAC_SM3 ? sm3(message) : sha256(message));
    }

    private byte[] sha256(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] sm3(byte[] message) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
