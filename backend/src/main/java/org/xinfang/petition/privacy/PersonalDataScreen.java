package org.xinfang.petition.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;

/**
 * The confidentiality check before publication (公开前保密审查), for every text that goes public (a consultation's
 * Q&amp;A, a complaint's reply): it must not hold what looks like a resident ID number, a phone number, an e-mail
 * address, nor any of the record's own personal data (a name, an ID number, a phone, an address). Whoever publishes
 * removes them in the public version, or lets {@link #mask} replace them; the check errs on the side of refusing.
 */
@Component
public class PersonalDataScreen {

    /** Resident ID numbers, 18 or old 15 characters. */
    static final Pattern RESIDENT_ID = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])|(?<!\\d)\\d{15}(?!\\d)");

    /** Mobile numbers, also written in groups (138 1234 5678, +86 138-1234-5678). */
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}(?!\\d)");

    /** Landlines with their area code (0951-1234567). */
    static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}[\\s-]?\\d{7,8}(?!\\d)");

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private static final List<Pattern> PERSONAL_DATA = List.of(RESIDENT_ID, MOBILE, LANDLINE, EMAIL);

    /**
     * Refuses {@code text} for publication, naming {@code field}, when it holds personal data or any of the record's
     * {@code known} personal data (null entries and single characters are not looked for).
     */
    public void check(String text, String field, String... known) {
        boolean named = lookedFor(known).stream().anyMatch(text::contains);
        if (named
                || PERSONAL_DATA.stream()
                        .anyMatch(pattern -> pattern.matcher(text).find())) {
            throw PetitionException.invalid(field, "constraint.personal-data");
        }
    }

    /**
     * {@code text} with the record's {@code known} personal data and everything else {@link #check} refuses replaced
     * by {@link Masks#WITHHELD}: a draft of the public version, which then passes the check.
     */
    public String mask(String text, String... known) {
        String masked = text;
        for (String value : lookedFor(known)) {
            masked = masked.replace(value, Masks.WITHHELD);
        }
        for (Pattern pattern : PERSONAL_DATA) {
            masked = pattern.matcher(masked).replaceAll(Matcher.quoteReplacement(Masks.WITHHELD));
        }
        return masked;
    }

    /** The known values worth looking for, longest first so that a name inside an address goes with the address. */
    private static List<String> lookedFor(String... known) {
        return Arrays.stream(known)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(value -> value.codePointCount(0, value.length()) >= 2)
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
    }
}
