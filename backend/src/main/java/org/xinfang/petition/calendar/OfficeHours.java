package org.xinfang.petition.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Office hours on a working day (e.g. 08:30–12:00 and 14:00–17:30), for limits counted in working hours.
 */
public final class OfficeHours {

    private static final int MAX_SEARCH_DAYS = 3660;

    private final List<Interval> intervals;
    private final List<Interval> latestFirst;

    private OfficeHours(List<Interval> intervals) {
        this.intervals =
                intervals.stream().sorted(Comparator.comparing(Interval::start)).toList();
        this.latestFirst = intervals.stream()
                .sorted(Comparator.comparing(Interval::start).reversed())
                .toList();
    }

    /** Parses {@code "08:30-12:00,14:00-17:30"}. */
    public static OfficeHours parse(String text) {
        List<Interval> intervals = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String[] bounds = part.strip().split("-", -1);
            if (bounds.length != 2) {
                throw new IllegalArgumentException("Office hours must look like 08:30-12:00,14:00-17:30: " + text);
            }
            Interval interval = new Interval(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip()));
            if (!interval.start().isBefore(interval.end())) {
                throw new IllegalArgumentException("Office hours end before they start: " + part);
            }
            intervals.add(interval);
        }
        return new OfficeHours(intervals);
    }

    /** {@code amount} of office time on working days after {@code start}. */
    ZonedDateTime plus(WorkingDays days, ZonedDateTime start, Duration amount) {
        Duration left = amount;
        ZonedDateTime cursor = start;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
            LocalDate date = cursor.toLocalDate();
            if (days.isWorkingDay(date)) {
                for (Interval interval : intervals) {
                    ZonedDateTime open = date.atTime(interval.start()).atZone(start.getZone());
                    ZonedDateTime close = date.atTime(interval.end()).atZone(start.getZone());
                    if (!cursor.isBefore(close)) {
                        continue;
                    }
                    ZonedDateTime from = cursor.isAfter(open) ? cursor : open;
                    Duration available = Duration.between(from, close);
                    if (available.compareTo(left) >= 0) {
                        return from.plus(left);
                    }
                    left = left.minus(available);
                    cursor = close;
                }
            }
            cursor = date.plusDays(1).atStartOfDay(start.getZone());
        }
        throw new IllegalStateException("Working time does not fit in ten years after " + start);
    }

    /** {@code amount} of office time on working days before {@code end}. */
    ZonedDateTime minus(WorkingDays days, ZonedDateTime end, Duration amount) {
        Duration left = amount;
        ZonedDateTime cursor = end;
        LocalDate date = end.toLocalDate();
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, date = date.minusDays(1)) {
            if (days.isWorkingDay(date)) {
                for (Interval interval : latestFirst) {
                    ZonedDateTime open = date.atTime(interval.start()).atZone(end.getZone());
                    ZonedDateTime close = date.atTime(interval.end()).atZone(end.getZone());
                    if (!cursor.isAfter(open)) {
                        continue;
                    }
                    ZonedDateTime to = cursor.isBefore(close) ? cursor : close;
                    Duration available = Duration.between(open, to);
                    if (available.compareTo(left) >= 0) {
                        return to.minus(left);
                    }
                    left = left.minus(available);
                    cursor = open;
                }
            }
        }
        throw new IllegalStateException("Working time does not fit in ten years before " + end);
    }

    /** Office time on working days between {@code from} and {@code to}. */
    Duration between(WorkingDays days, ZonedDateTime from, ZonedDateTime to) {
        Duration total = Duration.ZERO;
        for (LocalDate date = from.toLocalDate(); !date.isAfter(to.toLocalDate()); date = date.plusDays(1)) {
            if (!days.isWorkingDay(date)) {
                continue;
            }
            for (Interval interval : intervals) {
                ZonedDateTime open = date.atTime(interval.start()).atZone(from.getZone());
                ZonedDateTime close = date.atTime(interval.end()).atZone(from.getZone());
                ZonedDateTime start = from.isAfter(open) ? from : open;
                ZonedDateTime end = to.isBefore(close) ? to : close;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private record Interval(LocalTime start, LocalTime end) {}
}
