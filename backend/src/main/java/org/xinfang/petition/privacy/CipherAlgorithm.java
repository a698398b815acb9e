package org.xinfang.petition.privacy;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The authenticated ciphers personal data may be stored under; a stored value names the one it used. */
public enum CipherAlgorithm {
    /** AES-256 in Galois/Counter Mode: the default. */
    AES_256_GCM("AES-GCM", "AES", "AES/GCM/NoPadding", 32),
    /** SM4 (GB/T 32907-2016) in Galois/Counter Mode, through Bouncy Castle: the national standard. */
    SM4_GCM("SM4-GCM", "SM4", "SM4/GCM/NoPadding", 16);

    private final String label;
    private final String keyAlgorithm;
    private final String transformation;
    private final int keyBytes;

    CipherAlgorithm(String label, String keyAlgorithm, String transformation, int keyBytes) {
        this.label = label;
        this.keyAlgorithm = keyAlgorithm;
        this.transformation = transformation;
        this.keyBytes = keyBytes;
    }

    /** The name written into each stored value. */
    String label() {
        return label;
    }

    String keyAlgorithm() {
        return keyAlgorithm;
    }

    int keyBytes() {
        return keyBytes;
    }

    /** A fresh cipher instance; SM4 comes from Bouncy Castle, AES from the JDK. */
    Cipher newCipher() throws GeneralSecurityException {
        return this == SM4_GCM
                ? Cipher.getInstance(transformation, BouncyCastle.PROVIDER)
                : Cipher.getInstance(transformation);
    }

    /** The hash keys are derived with for this cipher: SM3 beside SM4, so that SM4-GCM needs no foreign algorithm. */
    Digest derivationDigest() {
        return this == SM4_GCM ? new SM3Digest() : new SHA256Digest();
    }

    static CipherAlgorithm ofLabel(String label) {
        for (CipherAlgorithm algorithm : values()) {
            if (algorithm.label.equals(label)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("Unknown cipher " + label);
    }

    private static final class BouncyCastle {
        static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    }
}
