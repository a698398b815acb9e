package org.xinfang.petition.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar as the rest of the system uses it: due dates and warnings of limits, remaining
 * working days. It reads the loaded schedules from the database on every computation, so a year loaded or
 * corrected by an administrator counts at once on every node. Years without a schedule are recorded as gaps.
 */
@Service
public class WorkingCalendar {

    private final YearSchedules schedules;
    private final CalendarGapRepository gaps;
    private final OfficeHours officeHours;
    private final Clock clock;

    WorkingCalendar(YearSchedules schedules, CalendarGapRepository gaps, CalendarProperties properties, Clock clock) {
        this.schedules = schedules;
        this.gaps = gaps;
        this.officeHours = OfficeHours.parse(properties.officeHours());
        this.clock = clock;
    }

    /** A limit that starts at {@code start}: when it runs out and when to warn. */
    @Transactional
    public Schedule schedule(Instant start, Limit limit, Limit warnBefore) {
        return schedule(start, limit, warnBefore, List.of());
    }

    /** A limit whose clock stood still for the given (resumed) pauses: when it runs out and when to warn. */
    @Transactional
    public Schedule schedule(Instant start, Limit limit, Limit warnBefore, List<DeadlineArithmetic.Pause> pauses) {
        DeadlineArithmetic arithmetic = arithmetic();
        Instant due = arithmetic.due(start, limit, pauses);
        Instant warning = arithmetic.warning(start, due, warnBefore);
        return new Schedule(due, warning, recordGaps(arithmetic));
    }

    /** When a limit that starts at {@code start} runs out. */
    @Transactional
    public Instant due(Instant start, Limit limit) {
        DeadlineArithmetic arithmetic = arithmetic();
        Instant due = arithmetic.due(start, limit);
        recordGaps(arithmetic);
        return due;
    }

    /** Working days left until {@code due} (today included), negative once overdue. */
    @Transactional(readOnly = true)
    public int remainingWorkingDays(Instant due) {
        return remainingWorkingDays(clock.instant(), due);
    }

    /** Working days left at {@code at} until {@code due}, that day included; negative once overdue. */
    @Transactional(readOnly = true)
    public int remainingWorkingDays(Instant at, Instant due) {
        return arithmetic().remainingWorkingDays(at, due);
    }

    /**
     * Working days a stage took from {@code start} to {@code end}, counted as working-day limits are: the start day
     * not counted, the end day counted if it is a working day (0 when it ended on the day it started).
     */
    @Transactional(readOnly = true)
    public int workingDaysElapsed(Instant start, Instant end) {
        LocalDate first = start.atZone(clock.getZone()).toLocalDate().plusDays(1);
        LocalDate last = end.atZone(clock.getZone()).toLocalDate();
        return arithmetic().workingDays().countBetween(first, last);
    }

    /** Limits due at or before this moment have at most {@code workingDays} working days left today. */
    @Transactional(readOnly = true)
    public Instant dueWithin(int workingDays) {
        return arithmetic().dueWithin(clock.instant(), workingDays);
    }

    /** Limits due before this moment, and already past, are overdue by at least {@code workingDays} working days. */
    @Transactional(readOnly = true)
    public Instant overdueBy(int workingDays) {
        return arithmetic().overdueBy(clock.instant(), workingDays);
    }

    /** Office time on working days from {@code from} to {@code to}: how long something took in working time. */
    @Transactional(readOnly = true)
    public Duration workingTimeBetween(Instant from, Instant to) {
        WorkingDays days = arithmetic().workingDays();
        return officeHours.between(days, from.atZone(clock.getZone()), to.atZone(clock.getZone()));
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    DeadlineArithmetic arithmetic() {
        WorkingDays days = new WorkingDays(schedules::of);
        return new DeadlineArithmetic(days, clock.getZone(), officeHours);
    }

    private Set<Integer> recordGaps(DeadlineArithmetic arithmetic) {
        Set<Integer> missing = Set.copyOf(arithmetic.workingDays().gaps());
        Instant now = clock.instant();
        for (Integer year : missing) {
            gaps.findById(year)
                    .ifPresentOrElse(gap -> gap.neededAgain(now), () -> gaps.save(new CalendarGap(year, now)));
        }
        return missing;
    }

    /**
     * A computed limit. {@code gaps} lists the years it reached without a loaded schedule: the dates are then
     * provisional (Monday to Friday) until an administrator loads those years.
     */
    public record Schedule(Instant due, Instant warning, Set<Integer> gaps) {

        public boolean provisional() {
            return !gaps.isEmpty();
        }
    }
}
