package org.xinfang.petition.calendar;

/** How a response limit is counted. */
public enum LimitUnit {
    /** 日: statutory days; the first day is not counted and a period ending on a day off ends on the next working day. */
    CALENDAR_DAYS,
    /** 工作日: the first day is not counted; the period ends at the end of the last working day. */
    WORKING_DAYS,
    /** Hours around the clock (urgent cases). */
    HOURS,
    /** Minutes around the clock (urgent sign-for: 15–30 minutes). */
    MINUTES,
    /** Hours within office hours on working days. */
    WORKING_HOURS
}
