package org.xinfang.petition.calendar;

import org.operaton.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.operaton.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.operaton.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.operaton.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Registers the working-day calendar with the engine: {@code timeDuration} timers and task due dates then
 * accept {@code "5 working days"}-style expressions (see {@link WorkingTimeBusinessCalendar}).
 */
@Component
class WorkingCalendarPlugin extends AbstractProcessEnginePlugin {

    private final WorkingCalendar calendar;

    WorkingCalendarPlugin(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(
                DurationBusinessCalendar.NAME,
                new WorkingTimeBusinessCalendar(new DurationBusinessCalendar(), calendar));
        calendars.addBusinessCalendar(
                DueDateBusinessCalendar.NAME, new WorkingTimeBusinessCalendar(new DueDateBusinessCalendar(), calendar));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
