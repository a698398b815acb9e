package org.xinfang.petition.ownership;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.notification.StaffNotifications;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * 移交: the owner of an open case hands it over to another clerk of the office, with the reason; the timeline keeps
 * who handed it to whom and why, and the new owner is told.
 */
@Service
public class CaseHandovers {

    static final int MAX_REASON = 500;

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;
    private final Organisation organisation;
    private final StaffNotifications notifications;
    private final CurrentStaff currentStaff;

    CaseHandovers(
            Cases cases,
            CaseRecords records,
            CaseTimeline timeline,
            Organisation organisation,
            StaffNotifications notifications,
            CurrentStaff currentStaff) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
        this.organisation = organisation;
        this.notifications = notifications;
        this.currentStaff = currentStaff;
    }

    @Transactional
    public void handOver(String trackingNumber, HandoverRequest request) {
        StaffPrincipal me = currentStaff.get();
        if (!me.hasRole(Role.CLERK)) {
            throw PetitionException.forbidden("access-denied");
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            throw PetitionException.invalid("reason", "constraint.NotBlank");
        }
        if (reason.length() > MAX_REASON) {
            throw PetitionException.invalid("reason", "constraint.Size", MAX_REASON, 1);
        }
        String next = request.clerk();
        boolean aClerk = next != null
                && organisation
                        .staffMember(next)
                        .filter(member -> member.isEnabled() && member.hasRole(Role.CLERK))
                        .isPresent();
        if (!aClerk) {
            throw PetitionException.invalid("clerk", "constraint.not-a-clerk");
        }
        Complaint complaint = cases.get(trackingNumber);
        if (complaint.getStatus().isTerminal()) {
            throw PetitionException.conflict("owner.case-closed", trackingNumber);
        }
        String owner = complaint.getOfficeOwner();
        if (!me.username().equals(owner)) {
            throw PetitionException.forbidden("owner.not-yours", trackingNumber);
        }
        if (next.equals(owner)) {
            throw PetitionException.invalid("clerk", "constraint.same-owner");
        }
        records.assignOwner(trackingNumber, next);
        timeline.record(
                complaint, CaseEventType.OWNER_HANDED_OVER, "from %s to %s: %s".formatted(owner, next, reason), null);
        notifications.notifyUser(
                next,
                complaint.getId(),
                CaseEventType.OWNER_HANDED_OVER.name(),
                "notification.OWNER_HANDED_OVER",
                trackingNumber,
                reason);
    }

    /** Whether {@link #handOver} would take the case from the signed-in user: they own it and it is open. */
    @Transactional(readOnly = true)
    public boolean mayHandOver(String trackingNumber) {
        Complaint complaint = cases.get(trackingNumber);
        return currentStaff
                        .find()
                        .filter(me -> me.username().equals(complaint.getOfficeOwner()))
                        .isPresent()
                && !complaint.getStatus().isTerminal();
    }

    /** The office's other enabled clerks, whom a case can be handed over to. */
    @Transactional(readOnly = true)
    public List<Clerk> otherClerks() {
        String me = currentStaff.get().username();
        return organisation.enabledStaff().stream()
                .filter(member ->
                        member.hasRole(Role.CLERK) && !member.getUsername().equals(me))
                .map(member -> new Clerk(member.getUsername(), member.getDisplayName()))
                .toList();
    }

    /** A clerk to choose from. */
    public record Clerk(String username, String displayName) {}

    /** The clerk (username) who owns the case from now on, and why. */
    public record HandoverRequest(
            @PlainText String clerk,
            @PlainText(lines = true) String reason) {}
}
