package org.xinfang.petition.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xinfang.petition.privacy.FileCipher.SEGMENT_BYTES;
import static org.xinfang.petition.privacy.PersonalDataAtRestTest.concat;
import static org.xinfang.petition.privacy.PersonalDataAtRestTest.indexOf;
import static org.xinfang.petition.privacy.PersonalDataCipherTest.keys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Streaming authenticated encryption of files: what was sealed comes back byte for byte, whatever its length, and
 * any change to a sealed file (a byte, the order or number of its segments, its header, its name) is refused
 * before a byte of the damaged part is given out.
 */
class FileCipherTest {

    private static final String KEY = "ab/ab3c9e44-0000-4000-8000-000000000001";
    /** Magic, key version, cipher label (length and 7 characters), segment size, salt and nonce prefix. */
    private static final int HEADER_BYTES = 5 + 4 + 1 + 7 + 4 + 32 + 7;

    private static final int STORED_SEGMENT = SEGMENT_BYTES + 16;

    private final FileCipher cipher = new FileCipher(keys(CipherAlgorithm.AES_256_GCM, 2), CipherAlgorithm.AES_256_GCM);

    @ParameterizedTest
    @EnumSource(CipherAlgorithm.class)
    void whatWasSealedOpensByteForByteWhateverItsLength(CipherAlgorithm algorithm) throws IOException {
        FileCipher files = new FileCipher(keys(algorithm, 2), algorithm);
        for (int length :
                new int[] {0, 1, SEGMENT_BYTES - 1, SEGMENT_BYTES, SEGMENT_BYTES + 1, 3 * SEGMENT_BYTES + 5}) {
            byte[] clear = content(length);

            byte[] sealed = seal(files, clear);

            assertThat(open(files, sealed)).as("%d bytes", length).isEqualTo(clear);
            int segments = Math.max(1, (length + SEGMENT_BYTES - 1) / SEGMENT_BYTES);
            assertThat(sealed).as("%d bytes", length).hasSize(HEADER_BYTES + length + 16 * segments);
        }
    }

    @Test
    void theContentIsNotInTheSealedFile() throws IOException {
        byte[] letter = "投诉人：李秀英，身份证号码 640104198001011234，电话 13700001234".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = seal(cipher, letter);

        assertThat(indexOf(sealed, "640104198001011234".getBytes(StandardCharsets.UTF_8)))
                .isNegative();
        assertThat(indexOf(sealed, "李秀英".getBytes(StandardCharsets.UTF_8))).isNegative();
        assertThat(seal(cipher, letter))
                .as("a fresh salt and nonce prefix every time")
                .isNotEqualTo(sealed);
    }

    @Test
    void aFileCutShortIsRefusedEvenAtASegmentBoundary() throws IOException {
        byte[] sealed = seal(cipher, content(3 * SEGMENT_BYTES + 5));

        assertDamaged(Arrays.copyOf(sealed, HEADER_BYTES + 2 * STORED_SEGMENT), KEY);
        assertDamaged(Arrays.copyOf(sealed, HEADER_BYTES + STORED_SEGMENT), KEY);
        assertDamaged(Arrays.copyOf(sealed, sealed.length - 1), KEY);
        assertDamaged(Arrays.copyOf(sealed, HEADER_BYTES + 10), KEY);
        assertDamaged(Arrays.copyOf(sealed, HEADER_BYTES - 1), KEY);
    }

    @Test
    void aFileWithSomethingAddedIsRefused() throws IOException {
        byte[] sealed = seal(cipher, content(SEGMENT_BYTES + 1));

        assertDamaged(concat(sealed, new byte[] {0}), KEY);
        assertDamaged(concat(sealed, Arrays.copyOfRange(sealed, HEADER_BYTES, HEADER_BYTES + STORED_SEGMENT)), KEY);
    }

    @Test
    void segmentsSwappedAreRefused() throws IOException {
        byte[] sealed = seal(cipher, content(3 * SEGMENT_BYTES));
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, HEADER_BYTES, swapped, HEADER_BYTES + STORED_SEGMENT, STORED_SEGMENT);
        System.arraycopy(sealed, HEADER_BYTES + STORED_SEGMENT, swapped, HEADER_BYTES, STORED_SEGMENT);

        assertDamaged(swapped, KEY);
    }

    @Test
    void anAlteredByteIsRefusedBeforeAnyOfItsSegmentIsGivenOut() throws IOException {
        byte[] clear = content(3 * SEGMENT_BYTES);
        byte[] altered = seal(cipher, clear);
        altered[HEADER_BYTES + STORED_SEGMENT + 100] ^= 1;

        ByteArrayOutputStream given = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
                    try (InputStream in = cipher.open(new ByteArrayInputStream(altered), KEY)) {
                        in.transferTo(given);
                    }
                })
                .isInstanceOf(FileCipher.DamagedFile.class);
        assertThat(given.toByteArray())
                .as("only the intact first segment")
                .isEqualTo(Arrays.copyOf(clear, SEGMENT_BYTES));
    }

    @Test
    void anAlteredHeaderOrAnotherNameIsRefused() throws IOException {
        byte[] sealed = seal(cipher, content(1000));

        for (int at : new int[] {9, 12, 17, 20, 25, 53, 59}) {
            byte[] altered = sealed.clone();
            altered[at] ^= 1;
            assertDamaged(altered, KEY);
        }
        byte[] otherVersion = sealed.clone();
        otherVersion[8] = 3;
        assertThatThrownBy(() -> open(cipher, otherVersion))
                .as("a key that is not configured")
                .isInstanceOf(IllegalStateException.class);
        assertDamaged(sealed, "ab/ab3c9e44-0000-4000-8000-000000000002");
    }

    @Test
    void aFileInClearIsNotTakenForASealedOne(@TempDir Path dir) throws IOException {
        Path clear = Files.write(dir.resolve("clear"), "%PDF-1.7 李秀英".getBytes(StandardCharsets.UTF_8));
        Path sealed = Files.write(dir.resolve("sealed"), seal(cipher, content(10)));

        assertThat(FileCipher.isSealed(clear)).isFalse();
        assertThat(FileCipher.isSealed(sealed)).isTrue();
        assertDamaged(Files.readAllBytes(clear), KEY);
    }

    @Test
    void aFileUnderAnOlderKeyStaysReadableAndIsKnownToNeedRotation(@TempDir Path dir) throws IOException {
        FileCipher before = new FileCipher(keys(CipherAlgorithm.AES_256_GCM, 1), CipherAlgorithm.AES_256_GCM);
        byte[] clear = content(SEGMENT_BYTES + 7);
        Path old = Files.write(dir.resolve("old"), seal(before, clear));
        Path current = Files.write(dir.resolve("current"), seal(cipher, clear));

        assertThat(open(cipher, Files.readAllBytes(old))).isEqualTo(clear);
        assertThat(cipher.isCurrent(old)).isFalse();
        assertThat(cipher.isCurrent(current)).isTrue();
        FileCipher sm4 = new FileCipher(keys(CipherAlgorithm.SM4_GCM, 2), CipherAlgorithm.SM4_GCM);
        assertThat(sm4.isCurrent(current)).as("another cipher").isFalse();
    }

    private void assertDamaged(byte[] sealed, String associatedData) {
        assertThatThrownBy(() -> {
                    try (InputStream in = cipher.open(new ByteArrayInputStream(sealed), associatedData)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                })
                .isInstanceOf(FileCipher.DamagedFile.class);
    }

    private static byte[] seal(FileCipher files, byte[] clear) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            files.seal(new ByteArrayInputStream(clear), out, KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] open(FileCipher files, byte[] sealed) throws IOException {
        try (InputStream in = files.open(new ByteArrayInputStream(sealed), KEY)) {
            return in.readAllBytes();
        }
    }

    private static byte[] content(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
