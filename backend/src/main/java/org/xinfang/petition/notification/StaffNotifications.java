package org.xinfang.petition.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.absence.Absences;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffUser;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/** Sends notifications to the holders of roles in a unit, and serves each staff member their inbox. */
@Service
public class StaffNotifications {

    private final StaffNotificationRepository notifications;
    private final Organisation organisation;
    private final Messages messages;
    private final CurrentStaff currentStaff;
    private final Cases cases;
    private final Absences absences;
    private final Clock clock;

    StaffNotifications(
            StaffNotificationRepository notifications,
            Organisation organisation,
            Messages messages,
            CurrentStaff currentStaff,
            Cases cases,
            Absences absences,
            Clock clock) {
        this.notifications = notifications;
        this.cases = cases;
        this.absences = absences;
        this.organisation = organisation;
        this.messages = messages;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /**
     * One notification for every enabled holder of one of {@code roles} in {@code unit}; never to the officer the
     * complaint is about (docs/privacy.md).
     */
    @Transactional
    public void notifyUnit(
            OrgUnit unit, Collection<Role> roles, Long complaintId, String type, String code, Object... args) {
        notifyEach(
                organisation.staffOf(unit).stream()
                        .filter(user -> roles.stream().anyMatch(user::hasRole))
                        .toList(),
                complaintId,
                type,
                code,
                args);
    }

    /**
     * One notification for every enabled member of one of the engine's {@code groups} (a task's candidates, e.g.
     * {@code clerk} or {@code inspector@psb-640000}); never to the officer the complaint is about.
     */
    @Transactional
    public void notifyGroups(Collection<String> groups, Long complaintId, String type, String code, Object... args) {
        notifyEach(
                organisation.enabledStaff().stream()
                        .filter(user -> user.engineGroupIds().stream().anyMatch(groups::contains))
                        .toList(),
                complaintId,
                type,
                code,
                args);
    }

    /** One notification for one staff member, if enabled and not the officer the complaint is about. */
    @Transactional
    public void notifyUser(String username, Long complaintId, String type, String code, Object... args) {
        notifyEach(
                organisation.staffMember(username).filter(StaffUser::isEnabled).stream()
                        .toList(),
                complaintId,
                type,
                code,
                args);
    }

    /**
     * Saves one notification for each user, and for the colleague who stands in for any of them away now (AB岗);
     * never one for the officer the complaint is about, never two for one person.
     */
    private void notifyEach(List<StaffUser> users, Long complaintId, String type, String code, Object... args) {
        Instant now = clock.instant();
        String zh = messages.zh(code, args);
        String en = messages.en(code, args);
        Complaint complaint =
                complaintId == null ? null : cases.byId(complaintId).orElse(null);
        Set<String> recipients = new LinkedHashSet<>();
        users.forEach(user -> recipients.add(user.getUsername()));
        recipients.addAll(absences.substitutesNow(List.copyOf(recipients)).values());
        for (String username : recipients) {
            if (complaint == null || !complaint.accuses(username)) {
                notifications.save(new StaffNotification(username, complaintId, type, zh, en, now));
            }
        }
    }

    @Transactional(readOnly = true)
    public Page<Notification> mine(boolean unreadOnly, Pageable page) {
        String me = currentStaff.get().username();
        Page<StaffNotification> found = unreadOnly
                ? notifications.findByRecipientAndReadAtIsNull(me, page)
                : notifications.findByRecipient(me, page);
        return found.map(Notification::of);
    }

    @Transactional
    public void markRead(long id) {
        notifications
                .findByIdAndRecipient(id, currentStaff.get().username())
                .orElseThrow(() -> PetitionException.notFound("notification.not-found", id))
                .markRead(clock.instant());
    }

    /** A notification as its recipient sees it. */
    public record Notification(
            long id,
            Long complaintId,
            String type,
            String message,
            String messageEn,
            Instant createdAt,
            Instant readAt) {
        static Notification of(StaffNotification notification) {
            return new Notification(
                    notification.getId(),
                    notification.getComplaintId(),
                    notification.getType(),
                    notification.getMessageZh(),
                    notification.getMessageEn(),
                    notification.getCreatedAt(),
                    notification.getReadAt());
        }
    }
}
