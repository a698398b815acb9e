package org.xinfang.petition.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A year that a deadline reached while no schedule was loaded for it: the deadline was counted Monday to
 * Friday provisionally, and administrators see the gap until they load the year.
 */
@Entity
@Table(name = "calendar_gap")
class CalendarGap {

    @Id
    @Column(name = "schedule_year")
    private Integer year;

    @Column(name = "first_needed_at")
    private Instant firstNeededAt;

    @Column(name = "last_needed_at")
    private Instant lastNeededAt;

    private int occurrences;

    protected CalendarGap() {}

    CalendarGap(int year, Instant at) {
        this.year = year;
        this.firstNeededAt = at;
        this.lastNeededAt = at;
        this.occurrences = 1;
    }

    void neededAgain(Instant at) {
        this.lastNeededAt = at;
        this.occurrences++;
    }

    Integer getYear() {
        return year;
    }

    Instant getFirstNeededAt() {
        return firstNeededAt;
    }

    Instant getLastNeededAt() {
        return lastNeededAt;
    }

    int getOccurrences() {
        return occurrences;
    }
}
