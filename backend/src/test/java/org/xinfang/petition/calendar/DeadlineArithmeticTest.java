package org.xinfang.petition.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on the official 2024–2026 schedules shipped in calendar/cn-holidays.json. */
class DeadlineArithmeticTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Map<Integer, YearSchedule> OFFICIAL = HolidayFile.read(
                    DeadlineArithmeticTest.class.getClassLoader().getResourceAsStream(HolidayFile.RESOURCE))
            .years()
            .stream()
            .map(HolidayFile.Year::schedule)
            .collect(Collectors.toMap(YearSchedule::year, Function.identity()));

    final WorkingDays days = new WorkingDays(year -> Optional.ofNullable(OFFICIAL.get(year)));
    final DeadlineArithmetic arithmetic =
            new DeadlineArithmetic(days, BEIJING, OfficeHours.parse("08:30-12:00,14:00-17:30"));

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Test
    void fiveWorkingDaysFromTheLastWorkingDayBeforeNationalDay2026SkipTheHolidayAndCountTheMakeUpSaturday() {
        Instant filed = at("2026-09-30T10:00");
        Instant due = arithmetic.due(filed, Limit.parse("5 working days"));

        // 10-08 Thu, 10-09 Fri, 10-10 Sat (调休), 10-12 Mon, 10-13 Tue: due at the end of 10-13
        assertThat(due).isEqualTo(at("2026-10-14T00:00"));
        assertThat(arithmetic.warning(filed, due, Limit.parse("1 working day"))).isEqualTo(at("2026-10-13T00:00"));
        assertThat(arithmetic.remainingWorkingDays(filed, due)).isEqualTo(6);
        assertThat(days.gaps()).isEmpty();
    }

    @Test
    void overdueWorkingDaysCountFromTheFirstOverdueWorkingDay() {
        Instant due = at("2026-10-14T00:00");

        assertThat(arithmetic.remainingWorkingDays(at("2026-10-13T16:00"), due)).isEqualTo(1);
        assertThat(arithmetic.remainingWorkingDays(at("2026-10-14T09:00"), due)).isEqualTo(-1);
        assertThat(arithmetic.remainingWorkingDays(at("2026-10-19T09:00"), due)).isEqualTo(-4);
    }

    @Test
    void theBoundariesOfDueWithinAndOverdueByAgreeWithTheRemainingWorkingDays() {
        // on 09-30 one working day is left up to the end of National Day: due by 10-08 00:00 is due within 1
        assertThat(arithmetic.dueWithin(at("2026-09-30T10:00"), 1)).isEqualTo(at("2026-10-08T00:00"));
        assertThat(arithmetic.remainingWorkingDays(at("2026-09-30T10:00"), at("2026-10-08T00:00")))
                .isEqualTo(1);
        assertThat(arithmetic.remainingWorkingDays(at("2026-09-30T10:00"), at("2026-10-08T00:01")))
                .isEqualTo(2);

        Instant due = at("2026-10-14T00:00");
        Instant now = at("2026-10-19T09:00");
        assertThat(due).isBefore(arithmetic.overdueBy(now, 4)).isEqualTo(arithmetic.overdueBy(now, 5));
    }

    @Test
    void springFestival2026CountsTheMakeUpSaturdaysAndSkipsTheNineDaysOff() {
        Instant filed = at("2026-02-13T09:00");

        assertThat(arithmetic.due(filed, Limit.parse("1 working day"))).isEqualTo(at("2026-02-15T00:00"));
        assertThat(arithmetic.due(filed, Limit.parse("3 working days"))).isEqualTo(at("2026-02-26T00:00"));
        assertThat(days.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
    }

    @Test
    void aMakeUpSundayIsAWorkingDayAcrossTheYearBoundary() {
        assertThat(arithmetic.due(at("2025-12-31T15:00"), Limit.parse("1 working day")))
                .isEqualTo(at("2026-01-05T00:00"));
        assertThat(arithmetic.due(at("2026-09-18T15:00"), Limit.parse("1 working day")))
                .isEqualTo(at("2026-09-21T00:00"));
    }

    @Test
    void statutoryDaysDoNotCountTheFirstDayAndMoveAnEndOnADayOffToTheNextWorkingDay() {
        assertThat(arithmetic.due(at("2026-01-15T11:00"), Limit.parse("60 days")))
                .isEqualTo(at("2026-03-17T00:00"));
        // 09-20 + 15 days = 10-05, a National Day day off: the period ends with 10-08
        assertThat(arithmetic.due(at("2026-09-20T11:00"), Limit.parse("15 days")))
                .isEqualTo(at("2026-10-09T00:00"));
        // 2024-02-01 + 15 days = 02-16, in Spring Festival; 02-18 (Sun) is a make-up working day
        assertThat(arithmetic.due(at("2024-02-01T11:00"), Limit.parse("15 days")))
                .isEqualTo(at("2024-02-19T00:00"));
    }

    @Test
    void urgentLimitsRunAroundTheClockEvenOnHolidays() {
        Instant filed = at("2026-10-02T23:50");
        Instant due = arithmetic.due(filed, Limit.parse("PT30M"));

        assertThat(due).isEqualTo(at("2026-10-03T00:20"));
        assertThat(arithmetic.warning(filed, due, Limit.parse("10 minutes"))).isEqualTo(at("2026-10-03T00:10"));
        assertThat(arithmetic.due(filed, Limit.parse("2 hours"))).isEqualTo(at("2026-10-03T01:50"));
    }

    @Test
    void workingHoursCountOnlyOfficeHoursOnWorkingDays() {
        Instant friday = at("2026-11-20T16:00");
        Instant due = arithmetic.due(friday, Limit.parse("4 working hours"));

        // Fri 16:00–17:30 is 1.5 h; Mon 08:30 + 2.5 h
        assertThat(due).isEqualTo(at("2026-11-23T11:00"));
        assertThat(arithmetic.warning(friday, due, Limit.parse("1 working hour")))
                .isEqualTo(at("2026-11-23T10:00"));
        assertThat(arithmetic.warning(at("2026-11-19T09:00"), due, Limit.parse("4 working hours")))
                .isEqualTo(friday);
        // over lunch: 11:00 + 2 working hours = 15:00
        assertThat(arithmetic.due(at("2026-11-24T11:00"), Limit.parse("2 working hours")))
                .isEqualTo(at("2026-11-24T15:00"));
    }

    @Test
    void aYearWithoutScheduleIsCountedMondayToFridayOnlyProvisionallyAndReportedAsAGap() {
        Instant due = arithmetic.due(at("2026-12-28T10:00"), Limit.parse("5 working days"));

        // 12-29, 12-30, 12-31, then 2027 has no schedule: Fri 01-01 and Mon 01-04 count provisionally
        assertThat(due).isEqualTo(at("2027-01-05T00:00"));
        assertThat(days.gaps()).containsExactly(2027);
    }

    @Test
    void aWarningNeverPrecedesTheStartOfItsLimit() {
        Instant filed = at("2026-11-24T10:00");
        Instant due = arithmetic.due(filed, Limit.parse("PT30M"));

        assertThat(arithmetic.warning(filed, due, Limit.parse("1 working day"))).isEqualTo(filed);
    }

    /** As a BPMN timer reads it (docs/deadlines.md): 15 × 24 hours, through National Day, not 15 statutory days. */
    @Test
    void anIsoDurationCountsAroundTheClockAsTheEngineReadsIt() {
        assertThat(arithmetic.due(at("2026-09-20T11:00"), Limit.parse("P15D"))).isEqualTo(at("2026-10-05T11:00"));
    }

    @Test
    void limitsParseTheModellersSyntax() {
        assertThat(Limit.parse("5 working days")).isEqualTo(Limit.of(5, LimitUnit.WORKING_DAYS));
        assertThat(Limit.parse("1 Working Day")).isEqualTo(Limit.of(1, LimitUnit.WORKING_DAYS));
        assertThat(Limit.parse("4 working hours")).isEqualTo(Limit.of(4, LimitUnit.WORKING_HOURS));
        assertThat(Limit.parse("60 days")).isEqualTo(Limit.of(60, LimitUnit.CALENDAR_DAYS));
        assertThat(Limit.parse("P60D")).isEqualTo(Limit.of(60 * 24, LimitUnit.HOURS));
        assertThat(Limit.parse("P1DT12H")).isEqualTo(Limit.of(36, LimitUnit.HOURS));
        assertThat(Limit.parse("PT4H")).isEqualTo(Limit.of(4, LimitUnit.HOURS));
        assertThat(Limit.parse("PT30M")).isEqualTo(Limit.of(30, LimitUnit.MINUTES));
        assertThat(Limit.of(30, LimitUnit.MINUTES)).hasToString("30 minutes");
    }

    @Test
    void aPausedClockAddsTheStoppedTimeInTheLimitsOwnUnit() {
        Instant start = at("2026-09-30T10:00");
        var mondayToWednesday = new DeadlineArithmetic.Pause(at("2026-10-12T10:00"), at("2026-10-14T15:00"));
        var withinOneDay = new DeadlineArithmetic.Pause(at("2026-10-09T09:00"), at("2026-10-09T17:00"));

        // 10-12 and 10-13 stood still: two more working days after 10-13 (10-14, 10-15)
        assertThat(arithmetic.due(start, Limit.parse("5 working days"), List.of(mondayToWednesday, withinOneDay)))
                .isEqualTo(at("2026-10-16T00:00"));
        assertThat(arithmetic.due(start, Limit.parse("60 days"), List.of(mondayToWednesday)))
                .isEqualTo(arithmetic.due(start, Limit.parse("62 days")));
        assertThat(arithmetic.due(start, Limit.parse("2 hours"), List.of(withinOneDay)))
                .isEqualTo(at("2026-09-30T20:00"));
        // Thursday 2026-11-19: 4 working hours from 09:00, paused 10:00–15:00 (3 office hours stood still), so 7
        // office hours: 09:00–12:00, 14:00–17:30, then Friday 08:30–09:00
        assertThat(arithmetic.due(
                        at("2026-11-19T09:00"),
                        Limit.parse("4 working hours"),
                        List.of(new DeadlineArithmetic.Pause(at("2026-11-19T10:00"), at("2026-11-19T15:00")))))
                .isEqualTo(at("2026-11-20T09:00"));
    }
}
