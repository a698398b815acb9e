package org.xinfang.petition.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinfang.petition.shared.PlainText;

/**
 * The versioned holiday file ({@code calendar/cn-holidays.json} in the repository): each year's holidays with
 * their days off and make-up working days, and the notice they come from.
 */
public record HolidayFile(String description, String timeZone, List<Year> years) {

    public static final String RESOURCE = "calendar/cn-holidays.json";

    public static HolidayFile read(InputStream json) {
        try {
            return new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, HolidayFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable holiday file", e);
        }
    }

    /** One year as the State Council published it. */
    public record Year(int year, @PlainText String source, List<@Valid Holiday> holidays) {

        public YearSchedule schedule() {
            Map<LocalDate, String> daysOff = new HashMap<>();
            Set<LocalDate> makeUp = new HashSet<>();
            for (Holiday holiday : holidays) {
                holiday.daysOff().forEach(day -> daysOff.put(day, holiday.name()));
                makeUp.addAll(holiday.makeUpWorkdays());
            }
            return new YearSchedule(year, daysOff, makeUp);
        }
    }

    /** A holiday: its days off and the weekend days worked to make up for them (调休). */
    public record Holiday(
            @PlainText String name,
            @PlainText String nameEn,
            List<LocalDate> daysOff,
            List<LocalDate> makeUpWorkdays) {}
}
