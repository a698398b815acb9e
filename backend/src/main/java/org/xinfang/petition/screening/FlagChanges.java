package org.xinfang.petition.screening;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * The petition office corrects a case's flags while the case is open, with a reason; the change, with the flags
 * before and after, is on the case's timeline (staff only).
 */
@Service
@Transactional
class FlagChanges {

    static final int MAX_REASON = 2000;

    private final Cases cases;
    private final CaseFlagsRepository flags;
    private final CaseTimeline timeline;
    private final CurrentStaff currentStaff;
    private final CaseScopes scopes;
    private final Clock clock;

    FlagChanges(
            Cases cases,
            CaseFlagsRepository flags,
            CaseTimeline timeline,
            CurrentStaff currentStaff,
            CaseScopes scopes,
            Clock clock) {
        this.cases = cases;
        this.flags = flags;
        this.timeline = timeline;
        this.currentStaff = currentStaff;
        this.scopes = scopes;
        this.clock = clock;
    }

    FlagsView change(String trackingNumber, FlagChange change) {
        if (!currentStaff.get().hasRole(Role.CLERK)) {
            throw PetitionException.forbidden("access-denied");
        }
        Complaint complaint = scopes.visible(cases.get(trackingNumber));
        if (!complaint.isOpen()) {
            throw PetitionException.conflict(
                    "flags.case-closed",
                    trackingNumber,
                    new DefaultMessageSourceResolvable(
                            "status." + complaint.getStatus().name()));
        }
        CaseFlags caseFlags = flags.findById(complaint.getId()).orElseGet(() -> new CaseFlags(complaint.getId()));
        String before = describe(caseFlags.flags(), caseFlags.getPersons());
        String reason = change.reason().strip();
        caseFlags.set(change.flags(), change.persons(), timeline.currentActor(), clock.instant(), reason);
        flags.save(caseFlags);
        timeline.record(
                complaint,
                CaseEventType.FLAGS_CHANGED,
                before + " → " + describe(change.flags(), change.persons()) + ": " + reason,
                null);
        return FlagsView.of(caseFlags);
    }

    private static String describe(Set<Flag> flags, Integer persons) {
        return flags + (persons == null ? "" : " (" + persons + ")");
    }

    /** The flags the case should carry (all of them: a flag left out is cleared), the persons, and why. */
    record FlagChange(
            @NotNull Set<Flag> flags,
            @Min(1) @Max(100000) Integer persons,

            @NotBlank @PlainText(lines = true) @Size(max = MAX_REASON)
            String reason) {

        FlagChange {
            if (flags != null) {
                flags = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
            }
        }
    }
}
