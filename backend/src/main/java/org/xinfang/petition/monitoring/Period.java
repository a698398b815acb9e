package org.xinfang.petition.monitoring;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The spans the screen counts over, each up to today (Beijing time). */
enum Period {
    TODAY,
    MONTH,
    YEAR;

    /** The first day of the span that contains {@code today}. */
    LocalDate firstDay(LocalDate today) {
        return switch (this) {
            case TODAY -> today;
            case MONTH -> today.with(TemporalAdjusters.firstDayOfMonth());
            case YEAR -> today.with(TemporalAdjusters.firstDayOfYear());
        };
    }
}
