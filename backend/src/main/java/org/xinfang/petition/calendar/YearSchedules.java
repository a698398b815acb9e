package org.xinfang.petition.calendar;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The loaded years' schedules, kept by every node and checked against the stored revision on each use: one small
 * query instead of reading a year with all its days for every deadline computed (a sixth of a filing's own work). A
 * load, reload or unload on any node changes or removes the revision, so the next computation anywhere reads anew.
 */
@Component
class YearSchedules {

    private final CalendarYearRepository years;
    private final Map<Integer, Stored> kept = new ConcurrentHashMap<>();

    YearSchedules(CalendarYearRepository years) {
        this.years = years;
    }

    Optional<YearSchedule> of(int year) {
        Optional<String> revision = years.findRevision(year);
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
