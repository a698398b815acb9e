package org.xinfang.petition.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Which days are working days, for one computation. Schedules are read once per year; a year with no
 * schedule is counted Monday to Friday <em>provisionally</em> and reported in {@link #gaps()}, never silently.
 */
public final class WorkingDays {

    /** No limit runs longer than this many days; a longer search means a broken schedule. */
    private static final int MAX_SEARCH_DAYS = 3660;

    private final IntFunction<Optional<YearSchedule>> schedules;
    private final Map<Integer, Optional<YearSchedule>> loaded = new HashMap<>();
    private final Set<Integer> gaps = new TreeSet<>();

    public WorkingDays(IntFunction<Optional<YearSchedule>> schedules) {
        this.schedules = schedules;
    }

    public boolean isWorkingDay(LocalDate day) {
        Optional<YearSchedule> schedule = loaded.computeIfAbsent(day.getYear(), schedules::apply);
        if (schedule.isEmpty()) {
            gaps.add(day.getYear());
            return YearSchedule.isWeekday(day);
        }
        return schedule.get().isWorkingDay(day);
    }

    /** The years this computation needed but had no schedule for. */
    public Set<Integer> gaps() {
        return Collections.unmodifiableSet(gaps);
    }

    /** The first working day on or after {@code day}. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
            if (isWorkingDay(candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new IllegalStateException("No working day within ten years after " + day);
    }

    /** The {@code count}-th working day after {@code start}, the start day itself not counted. */
    public LocalDate plusWorkingDays(LocalDate start, int count) {
        LocalDate day = start;
        for (int counted = 0; counted < count; ) {
            day = onOrAfter(day.plusDays(1));
            counted++;
        }
        return day;
    }

    /**
     * Counting back from {@code last} (itself included when it is a working day), the {@code count}-th working
     * day: with {@code count} 1, the last working day on or before {@code last}.
     */
    public LocalDate workingDaysBack(LocalDate last, int count) {
        LocalDate day = last;
        int counted = 0;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
            if (isWorkingDay(day) && ++counted == count) {
                return day;
            }
            day = day.minusDays(1);
        }
        throw new IllegalStateException("No working day within ten years before " + last);
    }

    /** Working days from {@code from} to {@code to}, both included. */
    public int countBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
