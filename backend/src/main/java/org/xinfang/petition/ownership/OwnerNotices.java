package org.xinfang.petition.ownership;

import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventRecorded;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.notification.StaffNotifications;

/**
 * The owner hears of what happens to their case that the office acts on next or must know: a bureau returned it or
 * replied, a leader's extension awaits the office, a rectification was reported, the complainant rated the reply or
 * withdrew. Not of what they did themselves.
 */
@Component
class OwnerNotices {

    static final Set<CaseEventType> TOLD = Set.of(
            CaseEventType.RETURNED,
            CaseEventType.REPLIED,
            CaseEventType.EXTENSION_APPROVED_BY_LEADER,
            CaseEventType.RECTIFICATION_REPORTED,
            CaseEventType.RATED,
            CaseEventType.WITHDRAWN);

    private final Cases cases;
    private final StaffNotifications notifications;

    OwnerNotices(Cases cases, StaffNotifications notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    @EventListener
    void caseEvent(CaseEventRecorded event) {
        if (!TOLD.contains(event.type())) {
            return;
        }
        Complaint complaint = cases.get(event.trackingNumber());
        String owner = complaint.getOfficeOwner();
        if (owner != null && !owner.equals(event.actor())) {
            notifications.notifyUser(
                    owner,
                    complaint.getId(),
                    event.type().name(),
                    "notification.owner." + event.type().name(),
                    complaint.getTrackingNumber());
        }
    }
}
