package org.xinfang.petition.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.PetitionTest;

/**
 * A node keeps the schedules it read while their stored revision is the same, and reads anew once another node has
 * changed a year (simulated here by writing the rows as another node's load would).
 */
@PetitionTest
class YearSchedulesTest {

    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);

    @Autowired
    YearSchedules schedules;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreNationalDay() {
        jdbc.update("delete from calendar_day where calendar_date = ?", NATIONAL_DAY);
        jdbc.update(
                "insert into calendar_day (calendar_date, schedule_year, kind, holiday_name) values (?, 2026, ?, ?)",
                NATIONAL_DAY,
                CalendarDay.Kind.DAY_OFF.name(),
                "国庆节");
        jdbc.update("update calendar_year set revision = 'restored-by-test' where schedule_year = 2026");
    }

    @Test
    void aYearChangedByAnotherNodeIsReadAgainAndAnUnchangedOneIsKept() {
        assertThat(isWorkingDay(NATIONAL_DAY)).isFalse();

        jdbc.update("delete from calendar_day where calendar_date = ?", NATIONAL_DAY);
        assertThat(isWorkingDay(NATIONAL_DAY))
                .as("same revision: the kept schedule")
                .isFalse();

        jdbc.update("update calendar_year set revision = 'another-node' where schedule_year = 2026");
        assertThat(isWorkingDay(NATIONAL_DAY)).as("new revision: read again").isTrue();
    }

    @Test
    void aYearWithoutScheduleHasNone() {
        assertThat(schedules.of(1999)).isEmpty();
    }

    private boolean isWorkingDay(LocalDate day) {
        return schedules.of(day.getYear()).orElseThrow().isWorkingDay(day);
    }
}
