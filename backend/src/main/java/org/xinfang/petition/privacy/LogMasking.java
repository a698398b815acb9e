package org.xinfang.petition.privacy;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in a log line, masked as {@link Masks} shows it anywhere but in the audited full view: what looks like
 * an e-mail address, a resident ID number, a mobile or a landline number (the patterns of {@link PersonalDataScreen}),
 * and the value of a name written as {@code name=…} or {@code "name":"…"} (a record's {@code toString}, a logged
 * request body; also {@code complainantName}, {@code 姓名}, {@code 投诉人}), of which the family name is kept.
 */
final class LogMasking {

    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\w.])(\"?(?:name|complainantName|fullName|姓名|投诉人)\"?\\s*[=:：]\\s*\"?)([^\\s,;，；\"'\\])}]+)");

    /** Not inside a longer token: a hash, a UUID or a key in hexadecimal may hold a run of digits. */
    private static final Pattern RESIDENT_ID = alone(PersonalDataScreen.RESIDENT_ID);

    private static final Pattern MOBILE = alone(PersonalDataScreen.MOBILE);
    private static final Pattern LANDLINE = alone(PersonalDataScreen.LANDLINE);

    private LogMasking() {}

    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(PersonalDataScreen.EMAIL, text, match -> Masks.email(match.group()));
        masked = replace(RESIDENT_ID, masked, match -> Masks.residentId(match.group()));
        masked = replace(MOBILE, masked, match -> Masks.phone(match.group()));
        masked = replace(LANDLINE, masked, match -> Masks.phone(match.group()));
        return replace(NAMED, masked, match -> match.group(1) + Masks.name(match.group(2)));
    }

    private static Pattern alone(Pattern pattern) {
        return Pattern.compile("(?<![A-Za-z0-9])(?:" + pattern.pattern() + ")(?![A-Za-z0-9])");
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> masked) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.replaceAll(match -> Matcher.quoteReplacement(masked.apply(match))) : text;
    }
}
