package org.xinfang.petition.workbench;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.xinfang.petition.calendar.WorkingCalendar;
import org.xinfang.petition.web.TimeLeft;

/** The countdown of a due time, in working days by the calendar, as the lists show it. */
@Component
class Countdowns {

    private final WorkingCalendar calendar;
    private final Clock clock;

    Countdowns(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Where a due time stands now, with the working days left; none without a due time. */
    TimeLeft of(Instant dueAt, Integer remainingWorkingDays) {
        if (dueAt == null) {
            return null;
        }
        int remaining = remainingWorkingDays != null ? remainingWorkingDays : calendar.remainingWorkingDays(dueAt);
        return TimeLeft.of(null, dueAt, remaining, clock.instant());
    }
}
