package org.xinfang.petition.calendar;

import java.util.Date;
import org.operaton.bpm.engine.impl.calendar.BusinessCalendar;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;

/**
 * Lets BPMN timers and task due dates count on the working-day calendar. An expression in the modeller's
 * syntax ({@code "5 working days"}, {@code "1 working day"}, {@code "4 working hours"}, {@code "15 days"},
 * {@code "30 minutes"}) is counted by {@link WorkingCalendar}; anything else (ISO-8601 durations and dates,
 * cycles) goes to the engine's own calendar unchanged.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

    private final BusinessCalendar engineDefault;
    private final WorkingCalendar calendar;

    WorkingTimeBusinessCalendar(BusinessCalendar engineDefault, WorkingCalendar calendar) {
        this.engineDefault = engineDefault;
        this.calendar = calendar;
    }

    @Override
    public Date resolveDuedate(String expression) {
        return resolveDuedate(expression, (Date) null);
    }

    @Override
    public Date resolveDuedate(String expression, Task task) {
        return isWorkingTime(expression)
                ? resolveDuedate(expression, (Date) null)
                : engineDefault.resolveDuedate(expression, task);
    }

    @Override
    public Date resolveDuedate(String expression, Date startDate) {
        if (!isWorkingTime(expression)) {
            return engineDefault.resolveDuedate(expression, startDate);
        }
        Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
        return Date.from(calendar.due(start.toInstant(), Limit.parse(expression)));
    }

    /** Words, not ISO: ISO-8601 durations and dates keep the engine's own meaning. */
    private static boolean isWorkingTime(String expression) {
        return expression != null && Limit.isWords(expression);
    }
}
