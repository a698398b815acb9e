package org.xinfang.petition.calendar;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The loaded years' schedules, kept by every node and checked against the stored revision on each use: one small
 * query instead of reading a year with all its days for every deadline computed (a sixth of a filing's own work). A
 * load, reload or unload on any node changes or removes the revision, so the next computation anywhere reads anew.
 */
@Component
class YearSchedules {

    /** Plain SQL: a JPA query here would first check every entity of the caller's transaction for changes. */
    private static final String REVISION = "select revision from calendar_year where schedule_year = ?";

    private final CalendarYearRepository years;
    private final JdbcTemplate jdbc;
    private final Map<Integer, Stored> kept = new ConcurrentHashMap<>();

    YearSchedules(CalendarYearRepository years, JdbcTemplate jdbc) {
        this.years = years;
        this.jdbc = jdbc;
    }

    Optional<YearSchedule> of(int year) {
        Optional<String> revision =
                jdbc.query(REVISION, rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.empty(), year);
        if (revision.isEmpty()) {
            kept.remove(year);
            return Optional.empty();
        }
        Stored stored = kept.get(year);
        if (stored != null && stored.revision().equals(revision.get())) {
            return Optional.of(stored.schedule());
        }
        return years.findById(year).map(loaded -> {
            kept.put(year, new Stored(loaded.getRevision(), loaded.schedule()));
            return loaded.schedule();
        });
    }

    private record Stored(String revision, YearSchedule schedule) {}
}
