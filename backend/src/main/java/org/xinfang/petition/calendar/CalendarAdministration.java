package org.xinfang.petition.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;

/**
 * 工作日历管理: what is loaded, which years are missing, and loading or correcting a year at run time. The
 * State Council publishes next year's schedule around November; until it is loaded, that year is unknown.
 */
@Service
public class CalendarAdministration {

    private final CalendarYearRepository years;
    private final CalendarGapRepository gaps;
    private final CurrentStaff currentStaff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarAdministration(
            CalendarYearRepository years,
            CalendarGapRepository gaps,
            CurrentStaff currentStaff,
            ApplicationEventPublisher events,
            Clock clock) {
        this.years = years;
        this.gaps = gaps;
        this.currentStaff = currentStaff;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        List<LoadedYear> loaded =
                years.findAllByOrderByYear().stream().map(LoadedYear::of).toList();
        Set<Integer> loadedYears = new HashSet<>();
        loaded.forEach(year -> loadedYears.add(year.year()));
        int thisYear = LocalDate.now(clock).getYear();
        List<Integer> unknown = IntStream.rangeClosed(thisYear - 1, thisYear + 1)
                .filter(year -> !loadedYears.contains(year))
                .boxed()
                .toList();
        List<Gap> gapViews = gaps.findAllByOrderByYear().stream()
                .map(gap -> new Gap(gap.getYear(), gap.getFirstNeededAt(), gap.getLastNeededAt(), gap.getOccurrences()))
                .toList();
        return new Overview(loaded, unknown, gapViews);
    }

    /** Years go into messages as text: a number argument would print 2027 as "2,027". */
    @Transactional(readOnly = true)
    public HolidayFile.Year year(int year) {
        return years.findById(year)
                .map(CalendarAdministration::asFileYear)
                .orElseThrow(() -> PetitionException.notFound("calendar.unknown-year", String.valueOf(year)));
    }

    /** Loads or replaces one year; every node counts with it from the next computation on. */
    @Transactional
    public HolidayFile.Year load(int year, HolidayFile.Year schedule) {
        validate(year, schedule);
        String admin = currentStaff.get().username();
        Instant now = clock.instant();
        CalendarYear stored =
                years.findById(year).orElseGet(() -> new CalendarYear(year, schedule.source(), admin, now));
        stored.reload(schedule.source().strip(), admin, now);
        stored.replaceDays(new HolidayFile.Year(year, schedule.source(), schedule.holidays()));
        years.saveAndFlush(stored);
        gaps.deleteById(year);
        events.publishEvent(new CalendarChanged(year));
        return asFileYear(stored);
    }

    /** Unloads a year loaded by mistake: it is unknown again, and deadlines that reach it become provisional. */
    @Transactional
    public void unload(int year) {
        CalendarYear stored = years.findById(year)
                .orElseThrow(() -> PetitionException.notFound("calendar.unknown-year", String.valueOf(year)));
        years.delete(stored);
        years.flush();
        events.publishEvent(new CalendarChanged(year));
    }

    /**
     * Adds one day to a loaded year, as the administrator's calendar page does: a day off of the named holiday (a new
     * holiday under that name if there is none), or a make-up working day (a weekend day) of an existing holiday.
     * The year is then loaded as {@link #load} does, with its checks and its event.
     */
    @Transactional
    public HolidayFile.Year addDay(int year, LocalDate day, String holidayName, boolean makeUpWorkday) {
        HolidayFile.Year current = year(year);
        if (day == null) {
            throw PetitionException.invalid("date", "constraint.NotNull");
        }
        if (day.getYear() != year) {
            throw PetitionException.invalid("date", "calendar.day-outside-year", String.valueOf(year));
        }
        if (holidayName == null || holidayName.isBlank()) {
            throw PetitionException.invalid("holidayName", "constraint.NotBlank");
        }
        if (current.holidays().stream().anyMatch(holiday -> holds(holiday, day))) {
            throw PetitionException.invalid("date", "calendar.day-twice");
        }
        String name = holidayName.strip();
        boolean known =
                current.holidays().stream().anyMatch(holiday -> holiday.name().equals(name));
        if (makeUpWorkday && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw PetitionException.invalid("date", "calendar.make-up-not-weekend");
        }
        if (makeUpWorkday && !known) {
            throw PetitionException.invalid("holidayName", "calendar.make-up-needs-holiday");
        }
        List<HolidayFile.Holiday> holidays = new ArrayList<>(current.holidays().stream()
                .map(holiday -> holiday.name().equals(name) ? withDay(holiday, day, makeUpWorkday) : holiday)
                .toList());
        if (!known) {
            holidays.add(new HolidayFile.Holiday(name, null, List.of(day), List.of()));
        }
        return load(year, new HolidayFile.Year(year, current.source(), holidays));
    }

    /** Removes one day from a loaded year; a holiday left without any day goes with it. */
    @Transactional
    public HolidayFile.Year removeDay(int year, LocalDate day) {
        HolidayFile.Year current = year(year);
        List<HolidayFile.Holiday> holidays = current.holidays().stream()
                .map(holiday -> new HolidayFile.Holiday(
                        holiday.name(),
                        holiday.nameEn(),
                        without(holiday.daysOff(), day),
                        without(holiday.makeUpWorkdays(), day)))
                .filter(holiday -> !holiday.daysOff().isEmpty()
                        || !holiday.makeUpWorkdays().isEmpty())
                .toList();
        if (holidays.equals(current.holidays())) {
            throw PetitionException.notFound("calendar.unknown-day", day);
        }
        return load(year, new HolidayFile.Year(year, current.source(), holidays));
    }

    private static boolean holds(HolidayFile.Holiday holiday, LocalDate day) {
        return holiday.daysOff().contains(day) || holiday.makeUpWorkdays().contains(day);
    }

    private static HolidayFile.Holiday withDay(HolidayFile.Holiday holiday, LocalDate day, boolean makeUpWorkday) {
        List<LocalDate> off = new ArrayList<>(holiday.daysOff());
        List<LocalDate> makeUp = new ArrayList<>(holiday.makeUpWorkdays());
        (makeUpWorkday ? makeUp : off).add(day);
        off.sort(Comparator.naturalOrder());
        makeUp.sort(Comparator.naturalOrder());
        return new HolidayFile.Holiday(holiday.name(), holiday.nameEn(), off, makeUp);
    }

    private static List<LocalDate> without(List<LocalDate> days, LocalDate day) {
        return days.stream().filter(candidate -> !candidate.equals(day)).toList();
    }

    private static void validate(int year, HolidayFile.Year schedule) {
        if (year < 2000 || year > 2100) {
            throw PetitionException.invalid("year", "calendar.year-out-of-range");
        }
        if (schedule.source() == null || schedule.source().isBlank()) {
            throw PetitionException.invalid("source", "constraint.NotBlank");
        }
        if (schedule.holidays() == null || schedule.holidays().isEmpty()) {
            throw PetitionException.invalid("holidays", "constraint.NotEmpty");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < schedule.holidays().size(); i++) {
            HolidayFile.Holiday holiday = schedule.holidays().get(i);
            String field = "holidays[" + i + "]";
            if (holiday.name() == null || holiday.name().isBlank()) {
                throw PetitionException.invalid(field + ".name", "constraint.NotBlank");
            }
            if (holiday.daysOff() == null || holiday.daysOff().isEmpty()) {
                throw PetitionException.invalid(field + ".daysOff", "constraint.NotEmpty");
            }
            checkDays(year, field + ".daysOff", holiday.daysOff(), seen, false);
            checkDays(
                    year,
                    field + ".makeUpWorkdays",
                    holiday.makeUpWorkdays() == null ? List.of() : holiday.makeUpWorkdays(),
                    seen,
                    true);
        }
    }

    private static void checkDays(
            int year, String field, List<LocalDate> days, Set<LocalDate> seen, boolean weekendOnly) {
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            String dayField = field + "[" + i + "]";
            if (day == null || day.getYear() != year) {
                throw PetitionException.invalid(dayField, "calendar.day-outside-year", String.valueOf(year));
            }
            if (!seen.add(day)) {
                throw PetitionException.invalid(dayField, "calendar.day-twice");
            }
            if (weekendOnly && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw PetitionException.invalid(dayField, "calendar.make-up-not-weekend");
            }
        }
    }

    private static HolidayFile.Year asFileYear(CalendarYear year) {
        Map<String, List<LocalDate>> off = new LinkedHashMap<>();
        Map<String, List<LocalDate>> makeUp = new LinkedHashMap<>();
        year.getDays().stream()
                .sorted(Comparator.comparing(CalendarDay::getDate))
                .forEach(day -> {
                    off.computeIfAbsent(day.getHolidayName(), name -> new ArrayList<>());
                    makeUp.computeIfAbsent(day.getHolidayName(), name -> new ArrayList<>());
                    (day.getKind() == CalendarDay.Kind.DAY_OFF ? off : makeUp)
                            .get(day.getHolidayName())
                            .add(day.getDate());
                });
        List<HolidayFile.Holiday> holidays = off.keySet().stream()
                .map(name -> new HolidayFile.Holiday(name, null, off.get(name), makeUp.get(name)))
                .toList();
        return new HolidayFile.Year(year.getYear(), year.getSource(), holidays);
    }

    /** What is loaded, which nearby years are not, and which years deadlines needed without a schedule. */
    public record Overview(List<LoadedYear> years, List<Integer> unknownYears, List<Gap> gaps) {}

    public record LoadedYear(
            int year, String source, String loadedBy, Instant loadedAt, long daysOff, long makeUpWorkdays) {
        static LoadedYear of(CalendarYear year) {
            long off = year.getDays().stream()
                    .filter(day -> day.getKind() == CalendarDay.Kind.DAY_OFF)
                    .count();
            return new LoadedYear(
                    year.getYear(),
                    year.getSource(),
                    year.getLoadedBy(),
                    year.getLoadedAt(),
                    off,
                    year.getDays().size() - off);
        }
    }

    public record Gap(int year, Instant firstNeededAt, Instant lastNeededAt, int occurrences) {}
}
