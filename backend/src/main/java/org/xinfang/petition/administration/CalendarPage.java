package org.xinfang.petition.administration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.petition.calendar.CalendarAdministration;
import org.xinfang.petition.calendar.CalendarAdministration.LoadedYear;
import org.xinfang.petition.calendar.HolidayFile;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;

/**
 * 工作日历 in the workbench: one loaded year's days off and make-up working days, and adding or removing a day, through
 * {@link CalendarAdministration} as the admin API's PUT; running deadlines follow the change.
 */
@PageController
@RequestMapping("/workbench/admin/calendar")
class CalendarPage {

    private static final String VIEW = "admin/calendar";

    private final CalendarAdministration calendar;
    private final FieldErrors fieldErrors;
    private final Clock clock;

    CalendarPage(CalendarAdministration calendar, FieldErrors fieldErrors, Clock clock) {
        this.calendar = calendar;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        return show(model, year, new DayForm("", "", false), Map.of());
    }

    @PostMapping("/days")
    String addDay(
            @RequestParam int year,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String holidayName,
            @RequestParam(defaultValue = "false") boolean makeUpWorkday,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        DayForm typed = new DayForm(date, holidayName, makeUpWorkday);
        try {
            calendar.addDay(year, parsed(date), holidayName, makeUpWorkday);
            redirect.addFlashAttribute("done", "calendar.dayAdded");
            return "redirect:/workbench/admin/calendar?year=" + year;
        } catch (PetitionException refused) {
            return show(model, year, typed, fieldErrors.of(refused, locale));
        }
    }

    @PostMapping("/days/removal")
    String removeDay(@RequestParam int year, @RequestParam LocalDate date, RedirectAttributes redirect) {
        calendar.removeDay(year, date);
        redirect.addFlashAttribute("done", "calendar.dayRemoved");
        return "redirect:/workbench/admin/calendar?year=" + year;
    }

    private String show(Model model, Integer requested, DayForm typed, Map<String, String> errors) {
        CalendarAdministration.Overview overview = calendar.overview();
        List<Integer> loaded = overview.years().stream().map(LoadedYear::year).toList();
        int thisYear = LocalDate.now(clock).getYear();
        // This year when it is loaded, else the last one loaded.
        Integer year = requested != null
                ? requested
                : loaded.contains(thisYear)
                        ? thisYear
                        : loaded.stream().reduce((a, b) -> b).orElse(null);
        model.addAttribute("overview", overview);
        model.addAttribute("year", year);
        model.addAttribute("days", year == null || !loaded.contains(year) ? List.of() : days(calendar.year(year)));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    /** A date the browser's date field sent; anything else is refused beside the field, as the service does. */
    private static LocalDate parsed(String date) {
        if (date == null || date.isBlank()) {
            throw PetitionException.invalid("date", "constraint.NotNull");
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException unreadable) {
            throw PetitionException.invalid("date", "constraint.unreadable");
        }
    }

    /** Every day of the year's schedule in date order, each with its holiday and whether it is worked. */
    private static List<Day> days(HolidayFile.Year year) {
        return year.holidays().stream()
                .flatMap(holiday -> Stream.concat(
                        holiday.daysOff().stream().map(day -> new Day(day, holiday.name(), false)),
                        holiday.makeUpWorkdays().stream().map(day -> new Day(day, holiday.name(), true))))
                .sorted(Comparator.comparing(Day::date))
                .toList();
    }

    record Day(LocalDate date, String holiday, boolean makeUpWorkday) {}

    record DayForm(String date, String holidayName, boolean makeUpWorkday) {}
}
