package org.xinfang.petition.intake;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.Set;
import org.xinfang.petition.shared.PetitionException;

/**
 * A complainant's phone: a mobile or landline number in mainland China, read with libphonenumber for region CN
 * from whatever people type ({@code 138 1234 5678}, {@code +86 13812345678}, {@code 0951-1234567}) and kept in
 * E.164 ({@code +8613812345678}, {@code +869511234567}), so that one number is always written the same way. The
 * survey reads the phones of its imported lists the same way.
 */
public final class PhoneNumbers {

    static final String FIELD = "complainant.phone";

    private static final String REGION = "CN";
    private static final int CHINA = 86;
    private static final Set<PhoneNumberType> MOBILE_OR_LANDLINE =
            Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Plus, hyphen, brackets and dot, in ASCII and full width (as a Chinese input method types them). */
    private static final String NUMBER_PUNCTUATION = "+-().\uFF0B\uFF0D\uFF08\uFF09\uFF0E";

    private PhoneNumbers() {}

    /** Why this is no mobile or landline number in mainland China, as a message code; empty when it is one. */
    public static Optional<String> defectOf(String raw) {
        if (raw.codePoints().anyMatch(Character::isDigit)
                && !raw.codePoints().allMatch(PhoneNumbers::isTypedInANumber)) {
            return Optional.of("constraint.Phone.characters");
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(raw, REGION);
        } catch (NumberParseException e) {
            return Optional.of("constraint.Phone.unreadable");
        }
        if (number.getCountryCode() != CHINA) {
            return Optional.of("constraint.Phone.not-mainland");
        }
        String length = switch (PHONES.isPossibleNumberForTypeWithReason(number, intendedType(number))) {
            case TOO_SHORT -> "constraint.Phone.too-short";
            case TOO_LONG, INVALID_LENGTH -> "constraint.Phone.too-long";
            case IS_POSSIBLE_LOCAL_ONLY -> "constraint.Phone.area-code";
            case INVALID_COUNTRY_CODE -> "constraint.Phone.not-mainland";
            case IS_POSSIBLE -> null;
        };
        if (length != null) {
            return Optional.of(length);
        }
        if (!PHONES.isValidNumberForRegion(number, REGION)) {
            return Optional.of("constraint.Phone.invalid");
        }
        if (!MOBILE_OR_LANDLINE.contains(PHONES.getNumberType(number))) {
            return Optional.of("constraint.Phone.not-mobile-or-landline");
        }
        return Optional.empty();
    }

    /**
     * Digits and what people put between them. libphonenumber would also read letters (as on a keypad: ABC is 2)
     * and an extension, and ignore other characters around the number; a complainant's number has none of them.
     */
    private static boolean isTypedInANumber(int c) {
        return Character.isDigit(c)
                || Character.getType(c) == Character.SPACE_SEPARATOR
                || NUMBER_PUNCTUATION.indexOf(c) >= 0;
    }

    /**
     * What the number is meant to be, for telling too short from too long: mobile numbers begin with 1 (and have
     * 11 digits); landlines begin with an area code, Beijing's 10 included. The lengths libphonenumber allows for
     * any Chinese number are too loose to tell a mobile number with a digit missing.
     */
    private static PhoneNumberType intendedType(PhoneNumber number) {
        String national = PHONES.getNationalSignificantNumber(number);
        return national.startsWith("1") && !national.startsWith("10")
                ? PhoneNumberType.MOBILE
                : PhoneNumberType.FIXED_LINE;
    }

    /** The number in E.164; a wrong one is refused naming {@value #FIELD} and what is wrong with it. */
    public static String toE164(String raw) {
        Optional<String> defect = defectOf(raw);
        if (defect.isPresent()) {
            throw PetitionException.invalid(FIELD, defect.get());
        }
        try {
            return PHONES.format(PHONES.parse(raw, REGION), PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalStateException("A number that passed its checks no longer parses", e);
        }
    }
}
