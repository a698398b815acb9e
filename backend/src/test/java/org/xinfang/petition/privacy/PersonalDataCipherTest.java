package org.xinfang.petition.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Authenticated encryption of personal data, under AES-256-GCM and SM4-GCM, with versioned keys. */
class PersonalDataCipherTest {

    static final byte[] INDEX_KEY = bytes(32, 7);

    static DataKeys keys(CipherAlgorithm algorithm, int active) {
        return new DataKeys(
                Map.of(1, bytes(algorithm.keyBytes(), 1), 2, bytes(algorithm.keyBytes(), 2)), active, INDEX_KEY);
    }

    @ParameterizedTest
    @EnumSource(CipherAlgorithm.class)
    void aValueComesBackAsItWasAndIsNeverStoredInClear(CipherAlgorithm algorithm) {
        PersonalDataCipher cipher = new PersonalDataCipher(keys(algorithm, 2), algorithm);
        String id = "11010519491231002X";

        String stored = cipher.encrypt("complainant.resident_id", id);

        assertThat(stored)
                .startsWith("v2." + algorithm.label() + ".")
                .doesNotContain(id)
                .doesNotContain("1949");
        assertThat(cipher.decrypt("complainant.resident_id", stored)).isEqualTo(id);
        assertThat(cipher.encrypt("complainant.resident_id", id))
                .as("a fresh nonce every time")
                .isNotEqualTo(stored);
        assertThat(cipher.decrypt("complainant.address", cipher.encrypt("complainant.address", "宁夏银川市𠀀路1号")))
                .isEqualTo("宁夏银川市𠀀路1号");
    }

    @ParameterizedTest
    @EnumSource(CipherAlgorithm.class)
    void anAlteredValueOrOneMovedToAnotherColumnDoesNotDecrypt(CipherAlgorithm algorithm) {
        PersonalDataCipher cipher = new PersonalDataCipher(keys(algorithm, 1), algorithm);
        String stored = cipher.encrypt("complainant.phone", "13812345678");
        byte[] raw = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf('.') + 1));
        raw[raw.length - 1] ^= 1;
        String altered = stored.substring(0, stored.lastIndexOf('.') + 1)
                + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt("complainant.phone", altered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("13812345678");
        assertThatThrownBy(() -> cipher.decrypt("complainant.resident_id", stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valuesUnderAnOlderKeyStayReadableAndAreKnownToNeedRotation() {
        PersonalDataCipher before =
                new PersonalDataCipher(keys(CipherAlgorithm.AES_256_GCM, 1), CipherAlgorithm.AES_256_GCM);
        PersonalDataCipher after =
                new PersonalDataCipher(keys(CipherAlgorithm.AES_256_GCM, 2), CipherAlgorithm.AES_256_GCM);
        String old = before.encrypt("complainant.phone", "13812345678");

        assertThat(after.decrypt("complainant.phone", old)).isEqualTo("13812345678");
        assertThat(after.isCurrent(old)).isFalse();
        assertThat(after.isCurrent(after.encrypt("complainant.phone", "13812345678")))
                .isTrue();
    }

    @Test
    void aKeyOfTheWrongLengthForTheCipherIsRefusedAtStart() {
        assertThatThrownBy(() -> new PersonalDataCipher(keys(CipherAlgorithm.SM4_GCM, 1), CipherAlgorithm.AES_256_GCM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs 32");
    }

    @ParameterizedTest
    @EnumSource(BlindIndex.Algorithm.class)
    void theBlindIndexIsKeyedDeterministicAndSeparatesPurposes(BlindIndex.Algorithm algorithm) {
        BlindIndex index = new BlindIndex(keys(CipherAlgorithm.AES_256_GCM, 1), algorithm);
        BlindIndex otherKey = new BlindIndex(new DataKeys(Map.of(1, bytes(32, 1)), 1, bytes(32, 9)), algorithm);

        String id = index.of("resident-id", "11010519491231002X");

        assertThat(id).hasSize(64).isEqualTo(index.of("resident-id", "11010519491231002X"));
        assertThat(index.of("phone", "11010519491231002X")).isNotEqualTo(id);
        assertThat(otherKey.of("resident-id", "11010519491231002X")).isNotEqualTo(id);
    }

    @Test
    void masksKeepOnlyWhatIdentifiesNobody() {
        assertThat(Masks.residentId("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.phone("0951-1234567")).isEqualTo("*******4567");
        assertThat(Masks.phone("+8613812345678")).as("E.164, as stored").isEqualTo("138****5678");
        assertThat(Masks.phone("+869511234567")).isEqualTo("******4567");
        assertThat(Masks.name("张伟")).isEqualTo("张*");
        assertThat(Masks.name("𠀀小明")).isEqualTo("𠀀**");
        assertThat(Masks.address("宁夏银川市兴庆区解放街1号")).isEqualTo("宁夏银川市兴****");
    }

    static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }
}
