package org.xinfang.petition.bench.scale;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * What one generated case looks like: its kind, place, category and dates, drawn from a seeded random source so
 * that the same seed and the same {@code now} give the same cases. Distributions: closed cases received over the
 * past year (fewer at weekends), open cases recent, with their running limits on the working-day calendar and
 * always still ahead of {@code now} (a limit already past would fire the moment the application starts).
 */
final class CasePlan {

    private static final String SYMBOLS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final long CODES = 887_503_681L; // 31^6
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final LocalTime END_OF_MORNING = LocalTime.of(11, 30);

    private static final String[] REGIONS = {"640104", "640105", "640106", "640202", "640205", "640221"};
    private static final int[] REGION_WEIGHTS = {25, 15, 20, 15, 10, 15};
    private static final String[] CATEGORIES = {
        "POLICE_CONDUCT",
        "HOUSEHOLD_REGISTRATION",
        "EXIT_ENTRY",
        "TRAFFIC",
        "PUBLIC_ORDER",
        "CASE_HANDLING",
        "CYBERSECURITY",
        "OTHER"
    };
    private static final int[] CATEGORY_WEIGHTS = {20, 15, 8, 20, 15, 12, 4, 6};
    private static final String[] CHANNELS = {"WEB", "HOTLINE_12389", "HOTLINE_12345", "LETTER", "MAILBOX", "WALK_IN"};
    private static final int[] CHANNEL_WEIGHTS = {45, 15, 15, 8, 5, 12};
    private static final Template[] OPEN = {
        Template.TRIAGE, Template.DISPATCH, Template.SIGN_FOR, Template.HANDLING, Template.CALLBACK
    };
    private static final int[] OPEN_WEIGHTS = {8, 4, 18, 60, 10};

    final long n;
    final Template template;
    final String region;
    final String bureau;
    final String category;
    final String urgency;
    final String channel;
    final long person;
    final LocalDateTime receivedAt;
    final LocalDateTime closedAt;
    final LocalDateTime signForDue;
    final LocalDateTime signForWarn;
    final LocalDateTime handlingDue;
    final LocalDateTime handlingWarn;
    final boolean warned;

    private CasePlan(
            long n,
            Template template,
            String region,
            String bureau,
            String category,
            String urgency,
            String channel,
            long person,
            LocalDateTime receivedAt,
            LocalDateTime closedAt,
            LocalDateTime signForDue,
            LocalDateTime signForWarn,
            LocalDateTime handlingDue,
            LocalDateTime handlingWarn,
            boolean warned) {
        this.n = n;
        this.template = template;
        this.region = region;
        this.bureau = bureau;
        this.category = category;
        this.urgency = urgency;
        this.channel = channel;
        this.person = person;
        this.receivedAt = receivedAt;
        this.closedAt = closedAt;
        this.signForDue = signForDue;
        this.signForWarn = signForWarn;
        this.handlingDue = handlingDue;
        this.handlingWarn = handlingWarn;
        this.warned = warned;
    }

    /** Draws the cases numbered {@code from} (inclusive) to {@code to}; the first {@code closed} ones are closed. */
    static List<CasePlan> draw(long seed, long from, long to, long closed, LocalDateTime now, WorkingDays days) {
        return java.util.stream.LongStream.range(from, to)
                .mapToObj(n -> draw(new Random(seed * 1_000_003L + n), n, closed, now, days))
                .toList();
    }

    private static CasePlan draw(Random random, long n, long closed, LocalDateTime now, WorkingDays days) {
        Template template = n < closed
                ? (random.nextInt(100) < 7 ? Template.NOT_ACCEPTED : Template.CLOSED)
                : OPEN[pick(random, OPEN_WEIGHTS)];
        String region = REGIONS[pick(random, REGION_WEIGHTS)];
        String bureau = !template.dispatched()
                ? null
                : random.nextInt(100) < 85 ? "psb-" + region : "psb-" + region.substring(0, 4) + "00";
        String urgency = random.nextInt(100) < 5 ? "URGENT" : "NORMAL";
        long person = n > 0 && random.nextInt(100) < 20 ? (long) (random.nextDouble() * n) : n;
        LocalDate today = now.toLocalDate();
        LocalDateTime received;
        LocalDateTime closedAt = null;
        LocalDateTime signForDue = null;
        LocalDateTime signForWarn = null;
        LocalDateTime handlingDue = null;
        LocalDateTime handlingWarn = null;
        switch (template) {
            case CLOSED, NOT_ACCEPTED -> {
                LocalDate day = today.minusDays(5 + random.nextInt(360));
                while (!days.isWorkingDay(day) && random.nextInt(100) < 70) {
                    day = day.minusDays(1);
                }
                received = day.atTime(8, 0).plusMinutes(random.nextInt(12 * 60));
                closedAt = earlierThan(
                        now,
                        template == Template.NOT_ACCEPTED
                                ? received.plusHours(2 + random.nextInt(70))
                                : received.plusDays(3 + random.nextInt(40)).plusMinutes(random.nextInt(600)));
            }
            case TRIAGE, DISPATCH -> received = now.minusMinutes(10 + random.nextInt(2 * 24 * 60));
            case SIGN_FOR -> {
                // Sign-for: one working day from dispatch, due at the end of it, warned at 11:30 that day.
                LocalDate dueDay = days.isWorkingDay(today) && random.nextBoolean() ? today : days.after(today, 1);
                signForDue = dueDay.plusDays(1).atStartOfDay();
                signForWarn = dueDay.atTime(END_OF_MORNING);
                LocalDate dispatched = days.before(dueDay);
                received = earlierThan(now, dispatched.atTime(9, 0).plusMinutes(random.nextInt(8 * 60)));
            }
            case HANDLING -> {
                // Handling: five working days from sign-for, warned one working day before the end.
                LocalDate dueDay = days.after(days.before(today), 1 + random.nextInt(6));
                handlingDue = dueDay.plusDays(1).atStartOfDay();
                handlingWarn = dueDay.atStartOfDay();
                LocalDate signedFor = dueDay;
                for (int i = 0; i < 5; i++) {
                    signedFor = days.before(signedFor);
                }
                signForDue = signedFor.plusDays(1).atStartOfDay();
                signForWarn = signedFor.atTime(END_OF_MORNING);
                received = earlierThan(now, days.before(signedFor).atTime(9, 0).plusMinutes(random.nextInt(8 * 60)));
            }
            default -> received = now.minusDays(3 + random.nextInt(12)).minusMinutes(random.nextInt(600));
        }
        LocalDateTime warnAt = handlingWarn != null ? handlingWarn : signForWarn;
        boolean warned = template.open && warnAt != null && !warnAt.isAfter(now);
        return new CasePlan(
                n,
                template,
                region,
                bureau,
                CATEGORIES[pick(random, CATEGORY_WEIGHTS)],
                urgency,
                CHANNELS[pick(random, CHANNEL_WEIGHTS)],
                person,
                received,
                closedAt,
                signForDue,
                signForWarn,
                handlingDue,
                handlingWarn,
                warned);
    }

    /** XF + day received + region + six symbols: a bijection of n, so no two generated cases share a number. */
    String trackingNumber() {
        long code = Math.floorMod(n * 387_420_489L + 4_242_424L, CODES);
        StringBuilder symbols = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            symbols.append(SYMBOLS.charAt((int) (code % 31)));
            code /= 31;
        }
        return "XF" + DAY.format(receivedAt) + "-" + region + "-" + symbols;
    }

    static long epochMillis(LocalDateTime time, ZoneId zone) {
        return time == null ? 0 : time.atZone(zone).toInstant().toEpochMilli();
    }

    private static LocalDateTime earlierThan(LocalDateTime now, LocalDateTime time) {
        return time.isBefore(now) ? time : now.minusMinutes(5);
    }

    private static int pick(Random random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }
}
