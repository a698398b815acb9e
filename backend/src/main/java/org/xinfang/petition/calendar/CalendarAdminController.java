package org.xinfang.petition.calendar;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.calendar.CalendarAdministration.Overview;

/** 工作日历管理 for administrators. */
@RestController
@RequestMapping("/api/v1/admin/calendar")
class CalendarAdminController {

    private final CalendarAdministration administration;

    CalendarAdminController(CalendarAdministration administration) {
        this.administration = administration;
    }

    /** Loaded years, unknown years around this one, and the gaps deadlines ran into. */
    @GetMapping
    Overview overview() {
        return administration.overview();
    }

    /** A year's working-day calendar (holidays and make-up working days) as loaded. */
    @GetMapping("/{year}")
    HolidayFile.Year year(@PathVariable int year) {
        return administration.year(year);
    }

    /** Unloads a year loaded by mistake; it is unknown again. */
    @DeleteMapping("/{year}")
    ResponseEntity<Void> unload(@PathVariable int year) {
        administration.unload(year);
        return ResponseEntity.noContent().build();
    }

    /** Loads or corrects a year, in the same shape as the holiday file. */
    @PutMapping("/{year}")
    HolidayFile.Year load(@PathVariable int year, @Valid @RequestBody HolidayFile.Year schedule) {
        return administration.load(year, schedule);
    }
}
