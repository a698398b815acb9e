package org.xinfang.petition.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Deadline arithmetic on the working-day calendar, as a documented policy (docs/deadlines.md):
 * <ul>
 *   <li>Days, statutory (日): the first day is not counted; the period ends at 24:00 of its last day, and a
 *       period whose last day is not a working day ends at 24:00 of the next working day.</li>
 *   <li>Working days (工作日): the first day is not counted; the period ends at 24:00 of the n-th working day
 *       after the start day.</li>
 *   <li>Hours and minutes: around the clock. Working hours: within office hours on working days.</li>
 *   <li>A warning lead in working days counts back from the last day: one working day before a period ending
 *       at 24:00 of day D warns at 00:00 of D, when one working day remains.</li>
 * </ul>
 */
public final class DeadlineArithmetic {

    private final WorkingDays days;
    private final ZoneId zone;
    private final OfficeHours officeHours;

    public DeadlineArithmetic(WorkingDays days, ZoneId zone, OfficeHours officeHours) {
        this.days = days;
        this.zone = zone;
        this.officeHours = officeHours;
    }

    public WorkingDays workingDays() {
        return days;
    }

    /** When a limit that starts at {@code start} runs out. */
    public Instant due(Instant start, Limit limit) {
        ZonedDateTime at = start.atZone(zone);
        return switch (limit.unit()) {
            case CALENDAR_DAYS -> endOf(days.onOrAfter(at.toLocalDate().plusDays(limit.amount())));
            case WORKING_DAYS -> endOf(days.plusWorkingDays(at.toLocalDate(), limit.amount()));
            case HOURS -> start.plus(Duration.ofHours(limit.amount()));
            case MINUTES -> start.plus(Duration.ofMinutes(limit.amount()));
            case WORKING_HOURS ->
                officeHours.plus(days, at, Duration.ofHours(limit.amount())).toInstant();
        };
    }

    /**
     * When a limit runs out whose clock was stopped for the given intervals (each resumed): the stopped time is
     * added in the limit's own unit. For day limits every day from the pause day up to the day before the
     * resumption counts as stopped (working days for working-day limits); a pause within one day stops nothing.
     */
    public Instant due(Instant start, Limit limit, List<Pause> pauses) {
        return switch (limit.unit()) {
            case WORKING_DAYS ->
                due(
                        start,
                        Limit.of(
                                limit.amount()
                                        + pauses.stream()
                                                .mapToInt(pause -> days.countBetween(
                                                        date(pause.pausedAt()),
                                                        date(pause.resumedAt()).minusDays(1)))
                                                .sum(),
                                limit.unit()));
            case CALENDAR_DAYS ->
                due(
                        start,
                        Limit.of(
                                limit.amount()
                                        + pauses.stream()
                                                .mapToInt(pause -> (int) ChronoUnit.DAYS.between(
                                                        date(pause.pausedAt()), date(pause.resumedAt())))
                                                .sum(),
                                limit.unit()));
            case HOURS, MINUTES ->
                pauses.stream()
                        .map(pause -> Duration.between(pause.pausedAt(), pause.resumedAt()))
                        .reduce(due(start, limit), Instant::plus, (a, b) -> b);
            case WORKING_HOURS ->
                officeHours
                        .plus(
                                days,
                                start.atZone(zone),
                                pauses.stream()
                                        .map(pause -> officeHours.between(
                                                days,
                                                pause.pausedAt().atZone(zone),
                                                pause.resumedAt().atZone(zone)))
                                        .reduce(Duration.ofHours(limit.amount()), Duration::plus))
                        .toInstant();
        };
    }

    /** When to warn, {@code lead} before {@code due}; never before the limit started. */
    public Instant warning(Instant start, Instant due, Limit lead) {
        ZonedDateTime at = due.atZone(zone);
        Instant warning = switch (lead.unit()) {
            case WORKING_DAYS -> workingDaysBefore(at, lead.amount());
            case CALENDAR_DAYS -> at.minusDays(lead.amount()).toInstant();
            case HOURS -> due.minus(Duration.ofHours(lead.amount()));
            case MINUTES -> due.minus(Duration.ofMinutes(lead.amount()));
            case WORKING_HOURS ->
                officeHours.minus(days, at, Duration.ofHours(lead.amount())).toInstant();
        };
        return warning.isBefore(start) ? start : warning;
    }

    /**
     * Working days left until {@code due}, today included (1 on the last day); once overdue, minus the working
     * days since the limit ran out, today included (−1 on the first overdue working day).
     */
    public int remainingWorkingDays(Instant now, Instant due) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (now.isBefore(due)) {
            return days.countBetween(today, lastDay(due));
        }
        return -days.countBetween(due.atZone(zone).toLocalDate(), today);
    }

    /**
     * Limits due at or before this moment have at most {@code workingDays} working days left at {@code now}, as
     * {@link #remainingWorkingDays} counts them: the start of the working day after those.
     */
    public Instant dueWithin(Instant now, int workingDays) {
        return days.plusWorkingDays(date(now).minusDays(1), workingDays + 1)
                .atStartOfDay(zone)
                .toInstant();
    }

    /**
     * Limits due before this moment, and already past at {@code now}, are overdue by at least {@code workingDays}
     * working days, as {@link #remainingWorkingDays} counts them.
     */
    public Instant overdueBy(Instant now, int workingDays) {
        return endOf(days.workingDaysBack(date(now), workingDays));
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** An interval in which a limit's clock stood still (e.g. waiting for the complainant's material). */
    public record Pause(Instant pausedAt, Instant resumedAt) {}

    private Instant workingDaysBefore(ZonedDateTime due, int count) {
        if (count == 0) {
            return due.toInstant();
        }
        if (due.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return days.workingDaysBack(due.toLocalDate().minusDays(1), count)
                    .atStartOfDay(zone)
                    .toInstant();
        }
        LocalDate earlier = days.workingDaysBack(due.toLocalDate().minusDays(1), count);
        return earlier.atTime(due.toLocalTime()).atZone(zone).toInstant();
    }

    /** The last calendar day a limit covers: the day before a due time at midnight, else the due day. */
    private LocalDate lastDay(Instant due) {
        ZonedDateTime at = due.atZone(zone);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().minusDays(1) : at.toLocalDate();
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
