package org.xinfang.petition.privacy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Seals or opens the segments of one file, in order, under a key derived for this file alone (HKDF from the data
 * key, the header's salt and the associated data); segment {@code n} has the nonce {@code prefix ‖ n ‖ last} and
 * the header as associated data.
 */
final class FileSegments {

    static final int TAG_BYTES = 16;
    private static final byte[] INFO = "xinfang personal-data file\u0000".getBytes(StandardCharsets.US_ASCII);

    private final FileHeader header;
    private final byte[] headerBytes;
    private final SecretKeySpec fileKey;
    private final Cipher cipher;
    private final int mode;
    private int number;

    FileSegments(FileHeader header, byte[] dataKey, String associatedData, int mode) throws IOException {
        this.header = header;
        this.headerBytes = header.bytes();
        this.mode = mode;
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(header.algorithm().derivationDigest());
        byte[] aad = associatedData.getBytes(StandardCharsets.UTF_8);
        byte[] info =
                ByteBuffer.allocate(INFO.length + aad.length).put(INFO).put(aad).array();
        hkdf.init(new HKDFParameters(dataKey, header.salt(), info));
        byte[] key = new byte[header.algorithm().keyBytes()];
        hkdf.generateBytes(key, 0, key.length);
        this.fileKey = new SecretKeySpec(key, header.algorithm().keyAlgorithm());
        try {
            this.cipher = header.algorithm().newCipher();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(header.algorithm().label() + " is not available", e);
        }
    }

    /** Seals or opens the next segment from {@code in[0, length)} into {@code out}; answers the bytes written. */
    int run(byte[] in, int length, byte[] out, boolean last) throws IOException {
        if (number < 0) {
            throw new FileCipher.DamagedFile("too many segments");
        }
        byte[] nonce = ByteBuffer.allocate(FileHeader.PREFIX_BYTES + 5)
                .put(header.prefix())
                .putInt(number++)
                .put((byte) (last ? 1 : 0))
                .array();
        try {
            cipher.init(mode, fileKey, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(headerBytes);
            return cipher.doFinal(in, 0, length, out, 0);
        } catch (AEADBadTagException e) {
            throw new FileCipher.DamagedFile("a segment does not authenticate");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("File encryption failed", e);
        }
    }
}
