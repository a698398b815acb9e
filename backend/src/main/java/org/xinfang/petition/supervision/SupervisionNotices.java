package org.xinfang.petition.supervision;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.notification.StaffNotifications;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Role;

/**
 * Tells the two sides of a supervision what happened: the bureau's handlers and leaders
 * ({@code notification.<TYPE>}) and the inspectors of the level ({@code notification.inspector.<TYPE>}). The
 * messages take the tracking number as {@code {0}}, then {@code details}.
 */
@Component
class SupervisionNotices {

    private final StaffNotifications notifications;

    SupervisionNotices(StaffNotifications notifications) {
        this.notifications = notifications;
    }

    void toBureau(Complaint complaint, OrgUnit bureau, CaseEventType type, Object... details) {
        notifications.notifyUnit(
                bureau,
                bureau.caseworkers(),
                complaint.getId(),
                type.name(),
                "notification." + type.name(),
                args(complaint, details));
    }

    void toInspectors(Complaint complaint, OrgUnit level, CaseEventType type, Object... details) {
        notifications.notifyUnit(
                level,
                List.of(Role.INSPECTOR),
                complaint.getId(),
                type.name(),
                "notification.inspector." + type.name(),
                args(complaint, details));
    }

    private static Object[] args(Complaint complaint, Object[] details) {
        Object[] args = new Object[details.length + 1];
        args[0] = complaint.getTrackingNumber();
        System.arraycopy(details, 0, args, 1, details.length);
        return args;
    }
}
