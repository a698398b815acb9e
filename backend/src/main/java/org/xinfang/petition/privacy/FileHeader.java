package org.xinfang.petition.privacy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The header of a sealed file (see {@link FileCipher}): {@code 00 'X' 'F' 'S' 01}, the key version, the cipher's
 * label, the segment size, the salt the file's key is derived with and the nonce prefix of its segments.
 */
@SuppressWarnings("ArrayRecordComponent") // a header is written and read, never compared or hashed
record FileHeader(int keyVersion, CipherAlgorithm algorithm, int segmentBytes, byte[] salt, byte[] prefix) {

    /** The leading zero byte keeps a sealed file apart from every file type accepted in clear. */
    static final byte[] MAGIC = {0, 'X', 'F', 'S', 1};

    static final int SALT_BYTES = 32;
    static final int PREFIX_BYTES = 7;
    private static final int MAX_SEGMENT_BYTES = 1024 * 1024;

    static FileHeader read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new FileCipher.DamagedFile("not a sealed file");
            }
            int keyVersion = data.readInt();
            byte[] label = new byte[data.readUnsignedByte()];
            data.readFully(label);
            CipherAlgorithm algorithm = CipherAlgorithm.ofLabel(new String(label, StandardCharsets.US_ASCII));
            int segmentBytes = data.readInt();
            if (segmentBytes < 1 || segmentBytes > MAX_SEGMENT_BYTES) {
                throw new FileCipher.DamagedFile("impossible segment size");
            }
            byte[] salt = new byte[SALT_BYTES];
            data.readFully(salt);
            byte[] prefix = new byte[PREFIX_BYTES];
            data.readFully(prefix);
            return new FileHeader(keyVersion, algorithm, segmentBytes, salt, prefix);
        } catch (EOFException e) {
            throw new FileCipher.DamagedFile("header cut short");
        } catch (IllegalArgumentException e) {
            throw new FileCipher.DamagedFile("unknown cipher");
        }
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(keyVersion);
            byte[] label = algorithm.label().getBytes(StandardCharsets.US_ASCII);
            out.writeByte(label.length);
            out.write(label);
            out.writeInt(segmentBytes);
            out.write(salt);
            out.write(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
