package org.xinfang.petition.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.calendar.BusinessCalendar;
import org.operaton.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.operaton.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;

/** The engine's timers and task due dates count modellers' working-time expressions on our calendar. */
@PetitionTest
class WorkingTimeBusinessCalendarTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void timerDurationsCountWorkingDaysAcrossNationalDay() {
        BusinessCalendar durations =
                engine.getBusinessCalendarManager().getBusinessCalendar(DurationBusinessCalendar.NAME);

        assertThat(durations.resolveDuedate("5 working days", at("2026-09-30T10:00")))
                .isEqualTo(at("2026-10-14T00:00"));
        assertThat(durations.resolveDuedate("4 working hours", at("2026-09-30T16:00")))
                .isEqualTo(at("2026-10-08T11:00"));
        assertThat(durations.resolveDuedate("15 days", at("2026-09-20T11:00"))).isEqualTo(at("2026-10-09T00:00"));
    }

    @Test
    void taskDueDatesAcceptWorkingDaysAndIsoKeepsItsOwnMeaning() {
        BusinessCalendar dueDates =
                engine.getBusinessCalendarManager().getBusinessCalendar(DueDateBusinessCalendar.NAME);

        assertThat(dueDates.resolveDuedate("1 working day", at("2026-02-13T09:00")))
                .isEqualTo(at("2026-02-15T00:00"));
        assertThat(dueDates.resolveDuedate("P1D", at("2026-02-13T09:00"))).isEqualTo(at("2026-02-14T09:00"));
        assertThat(dueDates.resolveDuedate("2026-03-01T08:00:00+08:00", (Date) null))
                .isEqualTo(at("2026-03-01T08:00"));
    }

    static Date at(String beijingLocalDateTime) {
        Instant instant = LocalDateTime.parse(beijingLocalDateTime)
                .atZone(PinnedClock.BEIJING)
                .toInstant();
        return Date.from(instant);
    }
}
