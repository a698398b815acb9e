/**
 * The working-day calendar (工作日历): statutory holidays and make-up working days (调休) as data per year,
 * loaded from the State Council's schedules and correctable at run time; deadline arithmetic in calendar days,
 * working days, hours and working hours; and the engine's business calendar that lets timers use it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Working-day calendar",
        allowedDependencies = {"security", "shared"})
package org.xinfang.petition.calendar;
