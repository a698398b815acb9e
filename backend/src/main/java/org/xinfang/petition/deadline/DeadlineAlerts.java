package org.xinfang.petition.deadline;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage.Keeper;
import org.xinfang.petition.notification.StaffNotifications;
import org.xinfang.petition.organization.Role;

/**
 * When one of the model's deadline timers fires: records the yellow warning (黄牌) or red overdue card (红牌) on
 * the deadline and the case, tells those whose limit it is (a bureau's handlers and leaders; for the other stages
 * whoever the waiting task is offered to), and announces an overdue case.
 */
@Component("deadlineAlerts")
public class DeadlineAlerts {

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Cases cases;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final StaffNotifications notifications;
    private final TaskCandidates candidates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineAlerts(
            Cases cases,
            Deadlines deadlines,
            CaseTimeline timeline,
            StaffNotifications notifications,
            TaskCandidates candidates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.notifications = notifications;
        this.candidates = candidates;
        this.events = events;
        this.clock = clock;
    }

    public void record(DelegateExecution execution, String alert) {
        CaseEventType type = CaseEventType.valueOf(alert);
        boolean overdue = type.name().endsWith("OVERDUE");
        // SIGN_FOR_WARNING, HANDLING_OVERDUE, RECTIFICATION_WARNING, …: the stage, then what happened to its limit.
        DeadlineStage stage =
                DeadlineStage.valueOf(type.name().substring(0, type.name().lastIndexOf('_')));
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        CaseDeadline deadline = deadlines.running(complaint, stage);
        if (overdue) {
            deadline.overdue(clock.instant());
        } else {
            deadline.warned(clock.instant());
        }
        String due = DUE_FORMAT.format(deadline.getDueAt().atZone(clock.getZone()));
        timeline.record(complaint, type, "due " + due, null);
        if (stage.keeper() == Keeper.BUREAU) {
            if (complaint.getCurrentBureau() != null) {
                notifications.notifyUnit(
                        complaint.getCurrentBureau(),
                        List.of(Role.HANDLER, Role.BUREAU_LEADER),
                        complaint.getId(),
                        type.name(),
                        "notification." + type.name(),
                        complaint.getTrackingNumber(),
                        due);
            }
        } else {
            notifications.notifyGroups(
                    candidates.of(execution.getProcessInstanceId(), stage.taskKeys()),
                    complaint.getId(),
                    type.name(),
                    "notification." + type.name(),
                    complaint.getTrackingNumber(),
                    due);
        }
        if (overdue) {
            events.publishEvent(new CaseOverdue(complaint.getId(), complaint.getTrackingNumber(), stage));
        }
    }
}
