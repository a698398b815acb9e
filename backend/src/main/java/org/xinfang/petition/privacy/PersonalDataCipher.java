package org.xinfang.petition.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption of one personal-data value. A stored value reads {@code v<key version>.<cipher>.
 * <base64 of nonce, ciphertext and tag>}; the column name is bound in as associated data, so a value copied into
 * another column (an ID number into the phone column, say) fails to decrypt instead of leaking.
 */
public final class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern SEALED = Pattern.compile("v\\d{1,9}\\.[A-Z0-9]+-GCM\\.[A-Za-z0-9+/]+=*");

    private final DataKeys keys;
    private final CipherAlgorithm algorithm;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(DataKeys keys, CipherAlgorithm algorithm) {
        this.keys = keys;
        this.algorithm = algorithm;
        keys.all().forEach((version, key) -> {
            if (version == keys.activeVersion() && key.length != algorithm.keyBytes()) {
                throw new IllegalStateException("Data key " + version + " has " + key.length + " bytes; "
                        + algorithm.label() + " needs " + algorithm.keyBytes());
            }
        });
    }

    public String encrypt(String column, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(
                Cipher.ENCRYPT_MODE,
                algorithm,
                keys.activeKey(),
                nonce,
                column,
                plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] stored = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
        return "v" + keys.activeVersion() + "." + algorithm.label() + "."
                + Base64.getEncoder().encodeToString(stored);
    }

    public String decrypt(String column, String stored) {
        if (stored == null) {
            return null;
        }
        StoredValue value = StoredValue.parse(stored);
        byte[] bytes = Base64.getDecoder().decode(value.payload());
        byte[] nonce = Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(
                run(Cipher.DECRYPT_MODE, value.algorithm(), keys.key(value.keyVersion()), nonce, column, sealed),
                StandardCharsets.UTF_8);
    }

    /**
     * Whether a stored value has the shape of an encrypted one ({@code v<n>.<cipher>.<base64>}); values written
     * before encryption at rest do not (no ID number, phone, name or address looks like that).
     */
    public static boolean isSealed(String stored) {
        return stored != null && SEALED.matcher(stored).matches();
    }

    /** The key version a stored value was encrypted under. */
    public static int keyVersionOf(String stored) {
        return StoredValue.parse(stored).keyVersion();
    }

    /** Whether a stored value is under the active key and cipher; the rotation re-encrypts the others. */
    public boolean isCurrent(String stored) {
        StoredValue value = StoredValue.parse(stored);
        return value.keyVersion() == keys.activeVersion() && value.algorithm() == algorithm;
    }

    private static byte[] run(
            int mode, CipherAlgorithm algorithm, byte[] key, byte[] nonce, String column, byte[] input) {
        try {
            Cipher cipher = algorithm.newCipher();
            cipher.init(mode, new SecretKeySpec(key, algorithm.keyAlgorithm()), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Deliberately without the value: a failed decryption means tampering, a wrong column or a wrong key.
            throw new IllegalStateException(
                    "Personal data in " + column + " cannot be "
                            + (mode == Cipher.ENCRYPT_MODE
                                    ? "encrypted"
                                    : "decrypted: altered, moved or under an unknown key"),
                    e);
        }
    }

    private record StoredValue(int keyVersion, CipherAlgorithm algorithm, String payload) {
        static StoredValue parse(String stored) {
            String[] parts = stored.split("\\.", 3);
            if (parts.length != 3 || !parts[0].startsWith("v")) {
                throw new IllegalStateException("Not an encrypted value");
            }
            return new StoredValue(
                    Integer.parseInt(parts[0].substring(1)), CipherAlgorithm.ofLabel(parts[1]), parts[2]);
        }
    }
}
