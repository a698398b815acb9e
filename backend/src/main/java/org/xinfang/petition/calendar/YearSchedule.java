package org.xinfang.petition.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One year's official schedule: the days off (statutory holidays and the weekend days moved into them) with
 * their holiday's name, and the weekend days that are working days (调休). Every other Saturday and Sunday is
 * a rest day and every other weekday a working day.
 */
public record YearSchedule(int year, Map<LocalDate, String> daysOff, Set<LocalDate> makeUpWorkdays) {

    public YearSchedule {
        daysOff = Map.copyOf(daysOff);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (daysOff.containsKey(day)) {
            return false;
        }
        return makeUpWorkdays.contains(day) || isWeekday(day);
    }

    static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
