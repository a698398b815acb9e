package org.xinfang.petition.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import org.xinfang.petition.complaint.Sex;
import org.xinfang.petition.shared.PetitionException;

/**
 * A resident identity number (公民身份号码) per GB 11643-1999: a 6-digit region code, the birth date as YYYYMMDD,
 * a 3-digit sequence (odd for a man) and an ISO 7064 MOD 11-2 check character. Region codes are not checked
 * against today's list, since old codes stay valid.
 *
 * @param value the number with a lowercase x written as X
 */
record ResidentIdNumber(String value, LocalDate birthDate, Sex sex) {

    static final String FIELD = "complainant.idNumber";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Older than this, a birth date is far likelier a typing error than a living complainant. */
    private static final int OLDEST_AGE = 120;

    /** Why a number is not valid, each a message code of its own so the complainant learns what to correct. */
    enum Defect {
        SHAPE("constraint.ResidentId.shape"),
        BIRTH_DATE("constraint.ResidentId.birth-date"),
        FUTURE_BIRTH_DATE("constraint.ResidentId.future-birth-date"),
        IMPLAUSIBLE_BIRTH_DATE("constraint.ResidentId.implausible-birth-date"),
        CHECK_CHARACTER("constraint.ResidentId.check-character");

        private final String code;

        Defect(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    /** The number as written on the card: surrounding blanks dropped, a lowercase x as X. */
    static String normalise(String raw) {
        return raw.strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a number on {@code today}, if anything. */
    static Optional<Defect> defectOf(String raw, LocalDate today) {
        String number = normalise(raw);
        if (!number.matches("\\d{17}[0-9X]")) {
            return Optional.of(Defect.SHAPE);
        }
        LocalDate birth = birthDateIn(number);
        if (birth == null) {
            return Optional.of(Defect.BIRTH_DATE);
        }
        if (birth.isAfter(today)) {
            return Optional.of(Defect.FUTURE_BIRTH_DATE);
        }
        if (Period.between(birth, today).getYears() > OLDEST_AGE) {
            return Optional.of(Defect.IMPLAUSIBLE_BIRTH_DATE);
        }
        if (checkCharacter(number) != number.charAt(17)) {
            return Optional.of(Defect.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** The number, read; a wrong one is refused naming {@value #FIELD} and what is wrong with it. */
    static ResidentIdNumber parse(String raw, LocalDate today) {
        Optional<Defect> defect = defectOf(raw, today);
        if (defect.isPresent()) {
            throw PetitionException.invalid(FIELD, defect.get().code());
        }
        String number = normalise(raw);
        Sex sex = (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new ResidentIdNumber(number, birthDateIn(number), sex);
    }

    /** Age in whole years on a day (a birthday counts from the day itself). */
    int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** The check character that the first 17 digits call for. */
    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateIn(String number) {
        try {
            return LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
