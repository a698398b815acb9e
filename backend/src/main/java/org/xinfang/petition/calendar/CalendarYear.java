package org.xinfang.petition.calendar;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A loaded year of the calendar: its days off and make-up working days, and who loaded it from where. */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

    @Id
    @Column(name = "schedule_year")
    private Integer year;

    private String source;

    @Column(name = "loaded_by")
    private String loadedBy;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    /** New on each load (see {@link YearSchedules}). */
    private String revision;

    @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<CalendarDay> days = new ArrayList<>();

    protected CalendarYear() {}

    CalendarYear(int year, String source, String loadedBy, Instant loadedAt) {
        this.year = year;
        this.source = source;
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
        this.revision = UUID.randomUUID().toString();
    }

    void replaceDays(HolidayFile.Year schedule) {
        days.clear();
        for (HolidayFile.Holiday holiday : schedule.holidays()) {
            holiday.daysOff()
                    .forEach(day -> days.add(new CalendarDay(day, this, CalendarDay.Kind.DAY_OFF, holiday.name())));
            holiday.makeUpWorkdays()
                    .forEach(day ->
                            days.add(new CalendarDay(day, this, CalendarDay.Kind.MAKE_UP_WORKDAY, holiday.name())));
        }
    }

    void reload(String source, String loadedBy, Instant loadedAt) {
        this.source = source;
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
        this.revision = UUID.randomUUID().toString();
    }

    YearSchedule schedule() {
        Map<LocalDate, String> daysOff = new HashMap<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (CalendarDay day : days) {
            if (day.getKind() == CalendarDay.Kind.DAY_OFF) {
                daysOff.put(day.getDate(), day.getHolidayName());
            } else {
                makeUp.add(day.getDate());
            }
        }
        return new YearSchedule(year, daysOff, makeUp);
    }

    Integer getYear() {
        return year;
    }

    String getSource() {
        return source;
    }

    String getLoadedBy() {
        return loadedBy;
    }

    Instant getLoadedAt() {
        return loadedAt;
    }

    String getRevision() {
        return revision;
    }

    List<CalendarDay> getDays() {
        return List.copyOf(days);
    }
}
