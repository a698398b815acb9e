package org.xinfang.petition.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed case keeps its complainant's personal data.
 *
 * @param keptFor how long after a case is closed its complainant's personal data, contacts and files are kept
 *     (an ISO period, {@code P5Y}); the legal basis and how to choose it are in docs/privacy.md
 * @param serviceUsersKeptFor how long after their import the survey's service users (110/119/122 callers, people
 *     served at a window) keep their name and phone (an ISO period, {@code P1Y}: the draw avoids calling anyone twice
 *     in a year, so a year is what the survey needs)
 * @param schedule when each node looks for cases whose period is over (a cron expression in Beijing time, {@code -}
 *     for never)
 * @param batchSize how many cases one look takes at a time
 */
@ConfigurationProperties("petition.retention")
record RetentionProperties(
        @DefaultValue("P5Y") Period keptFor,
        @DefaultValue("P1Y") Period serviceUsersKeptFor,
        @DefaultValue("0 15 3 * * *") String schedule,
        @DefaultValue("200") int batchSize) {}
