package org.xinfang.petition.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.consultation.ConsultationProcess.Var;
import org.xinfang.petition.notification.StaffNotifications;
import org.xinfang.petition.organization.Role;

/**
 * The answer's timers fired ({@code consultationAlerts.warning}, {@code consultationAlerts.overdue}): the
 * timeline says so and the department's handlers and leaders are told.
 */
@Component("consultationAlerts")
public class ConsultationAlerts {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Consultations consultations;
    private final ConsultationTimeline timeline;
    private final StaffNotifications notifications;
    private final Clock clock;

    ConsultationAlerts(
            Consultations consultations, ConsultationTimeline timeline, StaffNotifications notifications, Clock clock) {
        this.consultations = consultations;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void warning(DelegateExecution execution) {
        alert(execution, ConsultationEventType.ANSWER_WARNING);
    }

    public void overdue(DelegateExecution execution) {
        alert(execution, ConsultationEventType.ANSWER_OVERDUE);
    }

    /**
     * The office's routing or the publication decision ran close to its limit or past it ({@code ROUTING_WARNING},
     * {@code PUBLICATION_OVERDUE}, ...): the timeline says so and whoever the task waits for is told.
     */
    public void record(DelegateExecution execution, String alert) {
        ConsultationEventType type = ConsultationEventType.valueOf(alert);
        Consultation consultation = consultations.get(execution.getProcessBusinessKey());
        boolean routing =
                type == ConsultationEventType.ROUTING_WARNING || type == ConsultationEventType.ROUTING_OVERDUE;
        Instant dueAt = ((Date) execution.getVariable(routing ? Var.ROUTING_DUE : Var.PUBLICATION_DUE)).toInstant();
        String due = MINUTE.format(dueAt.atZone(clock.getZone()));
        timeline.record(consultation, type, "due " + due, null);
        List<String> groups = routing
                ? List.of(Role.CLERK.groupId())
                : List.of(
                        Role.CLERK.groupId(),
                        Role.BUREAU_LEADER.groupIdIn(
                                consultation.getDepartment().getCode()));
        notifications.notifyGroups(
                groups,
                null,
                "CONSULTATION_" + type.name(),
                "notification.CONSULTATION_" + type.name(),
                consultation.getTrackingNumber(),
                due);
    }

    private void alert(DelegateExecution execution, ConsultationEventType type) {
        Consultation consultation = consultations.get(execution.getProcessBusinessKey());
        String due = MINUTE.format(consultation.getDueAt().atZone(clock.getZone()));
        timeline.record(consultation, type, "due " + due, null);
        notifications.notifyUnit(
                consultation.getDepartment(),
                List.of(Role.HANDLER, Role.BUREAU_LEADER),
                null,
                "CONSULTATION_" + type.name(),
                "notification.CONSULTATION_" + type.name(),
                consultation.getTrackingNumber(),
                due);
    }
}
