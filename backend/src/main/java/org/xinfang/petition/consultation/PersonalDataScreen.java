package org.xinfang.petition.consultation;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;

/**
 * The confidentiality check before publication (公开前保密审查): a text to be published must not hold what looks
 * like a resident ID number, a phone number, an e-mail address, or the asker's name. Whoever publishes removes
 * them in the public version; the check errs on the side of refusing.
 */
@Component
class PersonalDataScreen {

    private static final List<Pattern> PERSONAL_DATA = List.of(
            // resident ID numbers, 18 or old 15 characters
            Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])|(?<!\\d)\\d{15}(?!\\d)"),
            // mobile numbers, also written in groups (138 1234 5678, +86 138-1234-5678)
            Pattern.compile("(?<!\\d)1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}(?!\\d)"),
            // landlines with their area code (0951-1234567)
            Pattern.compile("(?<!\\d)0\\d{2,3}[\\s-]?\\d{7,8}(?!\\d)"),
            Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"));

    /** Refuses {@code text} for publication, naming {@code field}, when it holds personal data. */
    void check(String text, String field, String askerName) {
        boolean named =
                askerName != null && askerName.codePointCount(0, askerName.length()) >= 2 && text.contains(askerName);
        if (named
                || PERSONAL_DATA.stream()
                        .anyMatch(pattern -> pattern.matcher(text).find())) {
            throw PetitionException.invalid(field, "constraint.personal-data");
        }
    }
}
