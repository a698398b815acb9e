package org.xinfang.petition.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The hash that links the chain: SHA-256 by default, SM3 (GB/T 32905) by configuration. Entries are sealed with
 * its HMAC under the audit key (HMAC-SHA256 or HMAC-SM3); the plain hash sealed the entries written before the
 * chain was keyed, and is kept to verify them.
 */
enum ChainHash {
    SHA256("HMAC-SHA256"),
    SM3("HMAC-SM3");

    static final String GENESIS = "0".repeat(64);

    private final String keyedName;

    ChainHash(String keyedName) {
        this.keyedName = keyedName;
    }

    /** The keyed hash's name, as the chain's first keyed entry records it. */
    String keyedName() {
        return keyedName;
    }

    String of(String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        if (this == SM3) {
            SM3Digest digest = new SM3Digest();
            digest.update(input, 0, input.length);
            byte[] out = new byte[digest.getDigestSize()];
            digest.doFinal(out, 0);
            return HexFormat.of().formatHex(out);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The HMAC of {@code text} under {@code key}, hex: as cheap as the hash, and made by nobody without the key. */
    String mac(byte[] key, String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        if (this == SM3) {
            HMac mac = new HMac(new SM3Digest());
            mac.init(new KeyParameter(key));
            mac.update(input, 0, input.length);
            byte[] out = new byte[mac.getMacSize()];
            mac.doFinal(out, 0);
            return HexFormat.of().formatHex(out);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(input));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
