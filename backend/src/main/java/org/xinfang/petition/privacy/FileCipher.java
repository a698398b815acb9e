package org.xinfang.petition.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * Streaming authenticated encryption of files holding personal data (attachments), under the same versioned data
 * keys and cipher as {@link PersonalDataCipher}, built as Tink's AES-GCM-HKDF streaming AEAD is: a file is cut
 * into segments of 64 KiB, each sealed with its own tag under a key derived for this file alone (HKDF from the
 * data key, a random salt and the associated data), with the nonce {@code prefix ‖ segment number ‖ last flag}.
 * A file is read and written one segment at a time, so no file is ever held in memory, and every segment is
 * authenticated before a byte of it is given out: an altered segment, segments swapped or reordered, a file cut
 * short (even at a segment boundary: the new last segment was not sealed as the last) or a file moved to another
 * name (the associated data) all fail to open.
 *
 * <p>A sealed file begins with a header ({@link FileHeader}), bound into every segment's tag: {@code 00 'X' 'F'
 * 'S' 01}, the key version (4 bytes), the cipher's label (length byte, ASCII, {@code AES-GCM} or {@code SM4-GCM}),
 * the segment size (4 bytes), the salt (32 bytes) and the nonce prefix (7 bytes).
 */
public final class FileCipher {

    static final int SEGMENT_BYTES = 64 * 1024;

    private final DataKeys keys;
    private final CipherAlgorithm algorithm;
    private final SecureRandom random = new SecureRandom();

    public FileCipher(DataKeys keys, CipherAlgorithm algorithm) {
        this.keys = keys;
        this.algorithm = algorithm;
    }

    /**
     * Writes {@code clear} to {@code sealed}, encrypted under the active key. The associated data (a storage key,
     * say) must be given again to open it.
     */
    public void seal(InputStream clear, OutputStream sealed, String associatedData) throws IOException {
        FileHeader header = new FileHeader(
                keys.activeVersion(),
                algorithm,
                SEGMENT_BYTES,
                randomBytes(FileHeader.SALT_BYTES),
                randomBytes(FileHeader.PREFIX_BYTES));
        FileSegments segments = new FileSegments(header, keys.activeKey(), associatedData, Cipher.ENCRYPT_MODE);
        sealed.write(header.bytes());
        byte[] current = new byte[SEGMENT_BYTES];
        byte[] next = new byte[SEGMENT_BYTES];
        byte[] out = new byte[SEGMENT_BYTES + FileSegments.TAG_BYTES];
        int length = clear.readNBytes(current, 0, SEGMENT_BYTES);
        // A segment is the last when nothing follows it, so the next one is read before the current one is sealed.
        while (true) {
            int nextLength = length < SEGMENT_BYTES ? 0 : clear.readNBytes(next, 0, SEGMENT_BYTES);
            boolean last = nextLength == 0;
            sealed.write(out, 0, segments.run(current, length, out, last));
            if (last) {
                return;
            }
            byte[] swap = current;
            current = next;
            next = swap;
            length = nextLength;
        }
    }

    /**
     * The clear content of a sealed stream, decrypted segment by segment as it is read. The header is read at once;
     * a read fails with {@link DamagedFile} at the first segment that does not authenticate, before any of its bytes
     * are given out. Closing the result closes {@code sealed}.
     */
    public InputStream open(InputStream sealed, String associatedData) throws IOException {
        FileHeader header = FileHeader.read(sealed);
        return new OpenedFile(
                sealed,
                new FileSegments(header, keys.key(header.keyVersion()), associatedData, Cipher.DECRYPT_MODE),
                header.segmentBytes());
    }

    /** Whether a file begins as a sealed file does; a file stored in clear does not. */
    public static boolean isSealed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(FileHeader.MAGIC.length), FileHeader.MAGIC);
        }
    }

    /** Whether a sealed file is under the active key and cipher; the rotation re-encrypts the others. */
    public boolean isCurrent(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            FileHeader header = FileHeader.read(in);
            return header.keyVersion() == keys.activeVersion() && header.algorithm() == algorithm;
        }
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A sealed file that is not what was sealed: altered, cut short, reordered, moved, or not sealed at all. */
    public static final class DamagedFile extends IOException {
        public DamagedFile(String reason) {
            super(reason);
        }
    }
}
