package org.xinfang.petition.handling;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.CaseDeadline;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.notification.StaffNotifications;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.shared.Messages;

/**
 * 延长办理期限 (serviceTask_grantExtension): the approved extension moves the running handling limit (the same
 * timers, not new ones), and the complainant is told the new date and the reason.
 */
@Component("grantExtension")
class GrantExtension implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Cases cases;
    private final ExtensionRequestRepository requests;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final StaffNotifications notifications;
    private final Messages messages;
    private final Clock clock;

    GrantExtension(
            Cases cases,
            ExtensionRequestRepository requests,
            Deadlines deadlines,
            CaseTimeline timeline,
            StaffNotifications notifications,
            Messages messages,
            Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        ExtensionRequest request = requests.findFirstByComplaintIdAndStatusIn(complaint.getId(), Extensions.PENDING)
                .orElseThrow(
                        () -> new IllegalStateException("No extension request on " + complaint.getTrackingNumber()));
        CaseDeadline handling = deadlines.running(complaint, DeadlineStage.HANDLING);
        var previousDue = handling.getDueAt();
        deadlines.extend(complaint, DeadlineStage.HANDLING, request.extra().amount());
        request.moved(previousDue, handling.getDueAt());
        String newDue = DAY.format(handling.getDueAt().atZone(clock.getZone()));
        timeline.record(
                complaint,
                CaseEventType.DEADLINE_EXTENDED,
                request.extra() + ": " + request.getReason(),
                messages.both("note.extended", newDue, request.getReason()));
        notifications.notifyUnit(
                complaint.getCurrentBureau(),
                List.of(Role.HANDLER, Role.BUREAU_LEADER),
                complaint.getId(),
                CaseEventType.DEADLINE_EXTENDED.name(),
                "notification.DEADLINE_EXTENDED",
                complaint.getTrackingNumber(),
                newDue);
    }
}
