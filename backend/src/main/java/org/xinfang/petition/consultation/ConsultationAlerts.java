package org.xinfang.petition.consultation;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
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
