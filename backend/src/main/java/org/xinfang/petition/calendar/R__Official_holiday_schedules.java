package org.xinfang.petition.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the official schedules of the versioned holiday file into the calendar tables, before the engine starts
 * and so before any deadline is computed. Repeatable: it runs again whenever the file changes, and loads only
 * the years not yet in the database, so an administrator's run-time correction of a year is never overwritten.
 */
@Component
class R__Official_holiday_schedules extends BaseJavaMigration {

    static final String LOADED_BY = "holiday-file";

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(fileBytes());
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        HolidayFile file = HolidayFile.read(new ByteArrayInputStream(fileBytes()));
        Connection connection = context.getConnection();
        for (HolidayFile.Year year : file.years()) {
            if (!isLoaded(connection, year.year())) {
                insert(connection, year);
            }
        }
    }

    private static boolean isLoaded(Connection connection, int year) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select count(*) from calendar_year where schedule_year = ?")) {
            query.setInt(1, year);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        }
    }

    private static void insert(Connection connection, HolidayFile.Year year) throws SQLException {
        try (PreparedStatement insertYear = connection.prepareStatement(
                "insert into calendar_year (schedule_year, source, loaded_by, loaded_at, revision) values (?, ?, ?, ?, ?)")) {
            insertYear.setInt(1, year.year());
            insertYear.setString(2, year.source());
            insertYear.setString(3, LOADED_BY);
            insertYear.setTimestamp(4, Timestamp.from(Instant.now()));
            insertYear.setString(5, UUID.randomUUID().toString());
            insertYear.executeUpdate();
        }
        try (PreparedStatement insertDay = connection.prepareStatement(
                "insert into calendar_day (calendar_date, schedule_year, kind, holiday_name) values (?, ?, ?, ?)")) {
            for (HolidayFile.Holiday holiday : year.holidays()) {
                for (LocalDate day : holiday.daysOff()) {
                    addDay(insertDay, day, year.year(), CalendarDay.Kind.DAY_OFF, holiday.name());
                }
                for (LocalDate day : holiday.makeUpWorkdays()) {
                    addDay(insertDay, day, year.year(), CalendarDay.Kind.MAKE_UP_WORKDAY, holiday.name());
                }
            }
            insertDay.executeBatch();
        }
    }

    private static void addDay(PreparedStatement insert, LocalDate day, int year, CalendarDay.Kind kind, String name)
            throws SQLException {
        insert.setDate(1, Date.valueOf(day));
        insert.setInt(2, year);
        insert.setString(3, kind.name());
        insert.setString(4, name);
        insert.addBatch();
    }

    private static byte[] fileBytes() {
        try (InputStream in = new ClassPathResource(HolidayFile.RESOURCE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The holiday file " + HolidayFile.RESOURCE + " is missing", e);
        }
    }
}
