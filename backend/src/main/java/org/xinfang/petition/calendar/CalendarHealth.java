package org.xinfang.petition.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.OperationsHealth;

/**
 * The working-day calendar covers the next 90 days: a deadline reaching into a year whose holiday schedule (国务院
 * 办公厅 notice) is not loaded counts its holidays as working days. A warning names the missing years, which an
 * administrator loads on the calendar page once the notice is out.
 */
@Component("calendarHealthIndicator")
class CalendarHealth implements HealthIndicator {

    static final int DAYS_AHEAD = 90;

    private final CalendarYearRepository years;
    private final Clock clock;

    CalendarHealth(CalendarYearRepository years, Clock clock) {
        this.years = years;
        this.clock = clock;
    }

    @Override
    public Health health() {
        LocalDate today = LocalDate.now(clock);
        Set<Integer> loaded =
                years.findAllByOrderByYear().stream().map(CalendarYear::getYear).collect(Collectors.toSet());
        List<Integer> missing = IntStream.rangeClosed(
                        today.getYear(), today.plusDays(DAYS_AHEAD).getYear())
                .filter(year -> !loaded.contains(year))
                .boxed()
                .toList();
        return OperationsHealth.upUnless(
                        !missing.isEmpty(),
                        "no holiday schedule for " + missing + ": load it on the calendar page (管理 → 工作日历)")
                .withDetail("coveredUntil", today.plusDays(DAYS_AHEAD).toString())
                .withDetail("missingYears", missing)
                .build();
    }
}
