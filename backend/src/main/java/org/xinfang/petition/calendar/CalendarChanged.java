package org.xinfang.petition.calendar;

/** An administrator loaded or corrected a year of the calendar; running deadlines in it may move. */
public record CalendarChanged(int year) {}
