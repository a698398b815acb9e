package org.xinfang.petition.screening;

import java.time.Clock;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintFiled;

/**
 * Sets a new case's flags in the filing's transaction, from what the filing declared (co-complainants) and what
 * its text says ({@link JointComplaintText}), and by the {@link SkipLevelRule}. The clerk corrects them at triage.
 */
@Component
class FlagsAtIntake {

    /** Who set the flags that nobody has changed since filing. */
    static final String INTAKE = "intake";

    private final Cases cases;
    private final CaseFlagsRepository flags;
    private final SkipLevelRule skipLevel;
    private final ScreeningProperties properties;
    private final Clock clock;

    FlagsAtIntake(
            Cases cases,
            CaseFlagsRepository flags,
            SkipLevelRule skipLevel,
            ScreeningProperties properties,
            Clock clock) {
        this.cases = cases;
        this.flags = flags;
        this.skipLevel = skipLevel;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(ComplaintFiled filed) {
        Complaint complaint = cases.get(filed.trackingNumber());
        String text = complaint.getSubject() + "\n" + complaint.getContent();
        Integer persons = persons(filed.coComplainants(), JointComplaintText.persons(text));
        Set<Flag> found = EnumSet.noneOf(Flag.class);
        if ((persons != null && persons > 1) || JointComplaintText.mentionsJoint(text)) {
            found.add(Flag.JOINT);
        }
        if ((persons != null && persons >= properties.groupThreshold()) || JointComplaintText.mentionsGroup(text)) {
            found.add(Flag.GROUP);
        }
        if (skipLevel.applies(complaint)) {
            found.add(Flag.SKIP_LEVEL);
        }
        CaseFlags caseFlags = new CaseFlags(complaint.getId());
        caseFlags.set(found, persons, INTAKE, clock.instant(), null);
        flags.save(caseFlags);
    }

    /** The declared count (the filer and the co-complainants) or the one the text states, whichever is larger. */
    private static Integer persons(Integer coComplainants, OptionalInt stated) {
        int declared = coComplainants == null ? 0 : coComplainants + 1;
        int largest = Math.max(declared, stated.orElse(0));
        return largest == 0 ? null : largest;
    }
}
