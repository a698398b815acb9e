package org.xinfang.petition.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers that people can read out on the phone yet cannot guess in sequence: a prefix naming what is
 * tracked, the date, the region when there is one and a random part, e.g. {@code XF20261122-640104-K7M3QD} for a
 * complaint; and random one-time query codes.
 */
@Component
public class TrackingNumbers {

    /**
     * A tracking number wherever it is written (a path, a query, a log line): the prefix, the day, the region's code
     * if any and the random part.
     */
    public static final Pattern IN_TEXT =
            Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{8}-(?:\\d{6}-)?[2-9A-HJKMNP-Z]{6}(?![A-Za-z0-9])");

    /** No 0/O, 1/I/L: easy to read aloud and type. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    TrackingNumbers(Clock clock) {
        this.clock = clock;
    }

    /** A new number; {@code regionCode} null leaves the region out. */
    public String next(String prefix, String regionCode) {
        String region = regionCode == null ? "" : regionCode + "-";
        return prefix + LocalDate.now(clock).format(DAY) + "-" + region + randomPart(6);
    }

    public String queryCode() {
        return randomPart(8);
    }

    private String randomPart(int length) {
        StringBuilder part = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            part.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return part.toString();
    }
}
