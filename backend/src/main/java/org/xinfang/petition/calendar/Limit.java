package org.xinfang.petition.calendar;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of time in a {@link LimitUnit}, as modellers write it: {@code "5 working days"},
 * {@code "1 working day"}, {@code "4 working hours"}, {@code "15 days"}, {@code "2 hours"}, {@code "30 minutes"},
 * or an ISO-8601 duration of whole days, hours or minutes ({@code P15D}, {@code PT4H}, {@code PT30M}), which
 * count around the clock as the engine reads them in a timer: {@code P15D} is 360 hours, not 15 statutory days
 * (those are {@code "15 days"}).
 */
public record Limit(int amount, LimitUnit unit) {

    private static final Pattern WORDS =
            Pattern.compile("(\\d+)\\s*(working days?|working hours?|days?|hours?|minutes?)");

    public Limit {
        if (amount < 0) {
            throw new IllegalArgumentException("A limit cannot be negative: " + amount);
        }
    }

    public static Limit of(int amount, LimitUnit unit) {
        return new Limit(amount, unit);
    }

    /** Whether {@code text} is in the word syntax ({@code "5 working days"}), as opposed to ISO-8601. */
    public static boolean isWords(String text) {
        return WORDS.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** Parses the modeller's syntax; anything else is an {@link IllegalArgumentException} naming the text. */
    public static Limit parse(String text) {
        String normalized = text.strip().toLowerCase(Locale.ROOT);
        Matcher words = WORDS.matcher(normalized);
        if (words.matches()) {
            int amount = Integer.parseInt(words.group(1));
            String unit = words.group(2);
            if (unit.startsWith("working day")) {
                return new Limit(amount, LimitUnit.WORKING_DAYS);
            }
            if (unit.startsWith("working hour")) {
                return new Limit(amount, LimitUnit.WORKING_HOURS);
            }
            if (unit.startsWith("day")) {
                return new Limit(amount, LimitUnit.CALENDAR_DAYS);
            }
            return new Limit(amount, unit.startsWith("hour") ? LimitUnit.HOURS : LimitUnit.MINUTES);
        }
        if (normalized.startsWith("p")) {
            return fromIso(text.strip());
        }
        throw new IllegalArgumentException("Not a limit: '" + text + "' (e.g. '5 working days', 'P15D', 'PT30M')");
    }

    private static Limit fromIso(String iso) {
        Duration duration;
        try {
            duration = Duration.parse(iso);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a limit: '" + iso + "'", e);
        }
        if (duration.toSecondsPart() != 0 || duration.toMillisPart() != 0) {
            throw new IllegalArgumentException("Limits are whole minutes at least: '" + iso + "'");
        }
        if (duration.toMinutesPart() == 0) {
            return new Limit(Math.toIntExact(duration.toHours()), LimitUnit.HOURS);
        }
        return new Limit(Math.toIntExact(duration.toMinutes()), LimitUnit.MINUTES);
    }

    @Override
    public String toString() {
        return switch (unit) {
            case WORKING_DAYS -> amount + (amount == 1 ? " working day" : " working days");
            case WORKING_HOURS -> amount + (amount == 1 ? " working hour" : " working hours");
            case CALENDAR_DAYS -> amount + (amount == 1 ? " day" : " days");
            case HOURS -> amount + (amount == 1 ? " hour" : " hours");
            case MINUTES -> amount + (amount == 1 ? " minute" : " minutes");
        };
    }
}
