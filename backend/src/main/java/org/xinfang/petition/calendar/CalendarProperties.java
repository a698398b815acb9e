package org.xinfang.petition.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param officeHours the office hours of a working day, for limits in working hours
 */
@ConfigurationProperties("petition.calendar")
record CalendarProperties(
        @DefaultValue("08:30-12:00,14:00-17:30") String officeHours) {}
