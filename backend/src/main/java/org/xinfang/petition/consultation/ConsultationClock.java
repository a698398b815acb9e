package org.xinfang.petition.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.calendar.WorkingCalendar.Schedule;
import org.xinfang.petition.consultation.ConsultationProcess.Var;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.organization.OrgUnit;

/**
 * A consultation's limits on the working-day calendar, from the {@code time-limits} stages CONSULTATION_*: the
 * model calls {@code consultationClock.startStage} on the way to the office's routing and to the publication
 * decision, and {@code consultationClock.start} where the department's answer clock starts (also after a reroute:
 * the new department gets the full limit).
 */
@Component("consultationClock")
public class ConsultationClock {

    private final Consultations consultations;
    private final Departments departments;
    private final Deadlines deadlines;
    private final ConsultationTimeline timeline;
    private final Clock clock;

    ConsultationClock(
            Consultations consultations,
            Departments departments,
            Deadlines deadlines,
            ConsultationTimeline timeline,
            Clock clock) {
        this.consultations = consultations;
        this.departments = departments;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Starts the limit of the office's routing or of the publication decision: sets the due and warning moments
     * that the task and its timers read.
     */
    public void startStage(DelegateExecution execution, String stage) {
        Consultation consultation = consultations.get(execution.getProcessBusinessKey());
        DeadlineStage timed = DeadlineStage.valueOf(stage);
        Schedule schedule = schedule(consultation, timed);
        boolean routing = timed == DeadlineStage.CONSULTATION_ROUTING;
        execution.setVariable(routing ? Var.ROUTING_DUE : Var.PUBLICATION_DUE, Date.from(schedule.due()));
        execution.setVariable(routing ? Var.ROUTING_WARNING : Var.PUBLICATION_WARNING, Date.from(schedule.warning()));
    }

    /** Sends the question to the department in {@code department} and sets the moments its timers read. */
    public void start(DelegateExecution execution) {
        Consultation consultation = consultations.get(execution.getProcessBusinessKey());
        OrgUnit department = departments.byCode((String) execution.getVariable(Var.DEPARTMENT));
        Schedule schedule = schedule(consultation, DeadlineStage.CONSULTATION_ANSWER);
        execution.setVariable(Var.ANSWER_DUE, Date.from(schedule.due()));
        execution.setVariable(Var.ANSWER_WARNING, Date.from(schedule.warning()));
        consultation.routeTo(department, schedule.due());
        timeline.record(consultation, ConsultationEventType.ROUTED, department.getCode(), department.getNameZh());
    }

    private Schedule schedule(Consultation consultation, DeadlineStage stage) {
        Instant now = clock.instant();
        Schedule schedule = deadlines.scheduleFrom(now, stage, consultation.getCategory());
        if (!schedule.gaps().isEmpty()) {
            timeline.record(
                    consultation,
                    ConsultationEventType.CALENDAR_GAP,
                    "no holiday schedule loaded for " + schedule.gaps(),
                    null);
        }
        return schedule;
    }
}
