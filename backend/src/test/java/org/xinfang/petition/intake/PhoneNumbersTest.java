package org.xinfang.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Refusals.assertInvalid;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mobile and landline numbers in mainland China, as people type them, kept in E.164. */
class PhoneNumbersTest {

    static Stream<Arguments> validNumbers() {
        return Stream.of(
                Arguments.of("13812345678", "+8613812345678"),
                Arguments.of("138 1234 5678", "+8613812345678"),
                Arguments.of("138-1234-5678", "+8613812345678"),
                Arguments.of("+86 13812345678", "+8613812345678"),
                Arguments.of("+86 138 1234 5678", "+8613812345678"),
                Arguments.of("0086 13812345678", "+8613812345678"),
                Arguments.of("19912345678", "+8619912345678"),
                Arguments.of("0951-1234567", "+869511234567"),
                Arguments.of("(0951) 1234567", "+869511234567"),
                Arguments.of("010-12345678", "+861012345678"),
                Arguments.of("021 6123 4567", "+862161234567"),
                Arguments.of("+86 951 1234567", "+869511234567"),
                // As a Chinese input method types it: full-width digits, brackets and an ideographic space.
                Arguments.of(
                        "\uFF08\uFF10\uFF19\uFF15\uFF11\uFF09\u3000\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17",
                        "+869511234567"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("validNumbers")
    void aMobileOrLandlineNumberIsKeptInE164(String typed, String kept) {
        assertThat(PhoneNumbers.defectOf(typed)).isEmpty();
        assertThat(PhoneNumbers.toE164(typed)).isEqualTo(kept);
    }

    static Stream<Arguments> invalidNumbers() {
        return Stream.of(
                Arguments.of("not a phone", "constraint.Phone.unreadable"),
                Arguments.of("12345", "constraint.Phone.too-short"),
                Arguments.of("1381234567", "constraint.Phone.too-short"),
                Arguments.of("138123456789", "constraint.Phone.too-long"),
                Arguments.of("0951-12345678901", "constraint.Phone.too-long"),
                // A local number alone: it needs its area code.
                Arguments.of("95588", "constraint.Phone.area-code"),
                // No mobile numbers begin with 12 or 10.
                Arguments.of("12812345678", "constraint.Phone.invalid"),
                Arguments.of("10012345678", "constraint.Phone.invalid"),
                // Area codes begin with 0; 0001 is none.
                Arguments.of("0001-1234567", "constraint.Phone.invalid"),
                Arguments.of("+1 650 253 0000", "constraint.Phone.not-mainland"),
                Arguments.of("+852 2123 4567", "constraint.Phone.not-mainland"),
                // A toll-free service number is not where a complainant can be called back.
                Arguments.of("400-810-8888", "constraint.Phone.not-mobile-or-landline"));
    }

    /** libphonenumber reads letters as a keypad does (abcd is 2223) and takes extensions: a phone has neither. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "1381234abcd",
                "138-1234-ABCD",
                "0951-1234567 ext. 12",
                "0951-1234567转12",
                "13812345678\u0007",
                "13812345678\u202E",
                "138\t1234\n5678"
            })
    void aNumberWithLettersOrOtherCharactersIsRefused(String typed) {
        assertInvalid(() -> PhoneNumbers.toE164(typed), "complainant.phone", "constraint.Phone.characters");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidNumbers")
    void anInvalidNumberIsRefusedNamingThePhoneAndWhatIsWrong(String typed, String code) {
        assertThat(PhoneNumbers.defectOf(typed)).contains(code);
        assertInvalid(() -> PhoneNumbers.toE164(typed), "complainant.phone", code);
    }
}
