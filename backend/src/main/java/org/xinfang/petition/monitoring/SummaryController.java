package org.xinfang.petition.monitoring;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * The seeds' summary (收件、办结、在办、回访) for any range of days and any unit in the caller's scope: what the
 * monitoring screen shows for today, this month and this year.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
class SummaryController {

    private final MonitorFigures figures;
    private final Organisation organisation;
    private final CurrentStaff currentStaff;

    SummaryController(MonitorFigures figures, Organisation organisation, CurrentStaff currentStaff) {
        this.figures = figures;
        this.organisation = organisation;
        this.currentStaff = currentStaff;
    }

    /** 电子监察: the monitoring figures of a period, in the caller's scope. */
    @GetMapping("/summary")
    RangeSummary summary(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String unit) {
        StaffPrincipal staff = currentStaff.get();
        if (!figures.seesCases(staff)) {
            throw PetitionException.forbidden("monitoring.no-cases");
        }
        if (to.isBefore(from)) {
            throw PetitionException.invalid("to", "indicator.period-reversed", "to");
        }
        OrgUnit at = unit == null
                ? null
                : organisation
                        .unit(unit)
                        .orElseThrow(() -> PetitionException.invalid("unit", "constraint.unknown-unit", unit));
        return new RangeSummary(from, to, unit, figures.summary(staff, from, to, at));
    }

    /** The range asked for, the unit (none: everything in scope) and its figures. */
    record RangeSummary(LocalDate from, LocalDate to, String unit, MonitorFigures.Summary figures) {}
}
