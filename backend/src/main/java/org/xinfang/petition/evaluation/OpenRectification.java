package org.xinfang.petition.evaluation;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.notification.StaffNotifications;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.process.RectificationProcess;
import org.xinfang.petition.shared.Messages;

/**
 * 差评整改: a reply newly rated unsatisfied starts the {@code rectification} model for the case, in the rating's own
 * transaction, so a rating that fails opens nothing, and tells the bureau's handlers and leaders by when; a
 * rectification already running for the case goes on and covers it (the bureau sees the latest reason on the case).
 */
@Component
class OpenRectification {

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Cases cases;
    private final CaseTimeline timeline;
    private final Messages messages;
    private final RuntimeService runtime;
    private final StaffNotifications notifications;
    private final Clock clock;

    OpenRectification(
            Cases cases,
            CaseTimeline timeline,
            Messages messages,
            RuntimeService runtime,
            StaffNotifications notifications,
            Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.messages = messages;
        this.runtime = runtime;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void replyRated(ReplyRated rated) {
        if (!rated.newlyUnsatisfied() || isRunning(rated.trackingNumber())) {
            return;
        }
        Complaint complaint = cases.get(rated.trackingNumber());
        timeline.record(
                complaint, CaseEventType.RECTIFICATION_REQUESTED, null, messages.both("note.rectification-requested"));
        ProcessInstance rectification =
                runtime.startProcessInstanceByKey(RectificationProcess.KEY, rated.trackingNumber());
        Date due = (Date) runtime.getVariable(rectification.getId(), RectificationProcess.Var.DUE);
        notifications.notifyUnit(
                complaint.getCurrentBureau(),
                List.of(Role.HANDLER, Role.BUREAU_LEADER),
                complaint.getId(),
                CaseEventType.RECTIFICATION_REQUESTED.name(),
                "notification." + CaseEventType.RECTIFICATION_REQUESTED.name(),
                complaint.getTrackingNumber(),
                DUE_FORMAT.format(due.toInstant().atZone(clock.getZone())));
    }

    private boolean isRunning(String trackingNumber) {
        return runtime.createProcessInstanceQuery()
                        .processDefinitionKey(RectificationProcess.KEY)
                        .processInstanceBusinessKey(trackingNumber)
                        .count()
                > 0;
    }
}
