package org.xinfang.petition.bench.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The working-day calendar as the database holds it (calendar_day): weekends and official days off are not
 * working days, make-up workdays are. Deadlines of the generated cases fall on it.
 */
final class WorkingDays {

    private final Map<LocalDate, String> exceptions = new HashMap<>();

    WorkingDays(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet days = statement.executeQuery("select calendar_date, kind from calendar_day")) {
            while (days.next()) {
                exceptions.put(days.getDate(1).toLocalDate(), days.getString(2));
            }
        }
    }

    boolean isWorkingDay(LocalDate day) {
        String kind = exceptions.get(day);
        if (kind != null) {
            return kind.equals("MAKE_UP_WORKDAY");
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code day} (n ≥ 1). */
    LocalDate after(LocalDate day, int n) {
        LocalDate next = day;
        for (int left = n; left > 0; ) {
            next = next.plusDays(1);
            if (isWorkingDay(next)) {
                left--;
            }
        }
        return next;
    }

    /** The working day before {@code day}. */
    LocalDate before(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    /** {@code day} if it is a working day, else the next one. */
    LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : after(day, 1);
    }
}
