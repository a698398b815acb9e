package org.xinfang.petition.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day that breaks the Monday-to-Friday rule: a day off, or a weekend day that is worked (调休). */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

    enum Kind {
        DAY_OFF,
        MAKE_UP_WORKDAY
    }

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @ManyToOne(optional = false)
    @JoinColumn(name = "schedule_year")
    @SuppressWarnings("unused") // the day's row names its year; the year reads its days, not the other way
    private CalendarYear year;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "holiday_name")
    private String holidayName;

    protected CalendarDay() {}

    CalendarDay(LocalDate date, CalendarYear year, Kind kind, String holidayName) {
        this.date = date;
        this.year = year;
        this.kind = kind;
        this.holidayName = holidayName;
    }

    LocalDate getDate() {
        return date;
    }

    Kind getKind() {
        return kind;
    }

    String getHolidayName() {
        return holidayName;
    }
}
