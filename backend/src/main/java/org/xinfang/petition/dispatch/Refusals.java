package org.xinfang.petition.dispatch;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * What an approved refusal does: 不予受理 tells the complainant the reason and the way to object; 重复件并单 links
 * the repeat to its open original and answers it with the original's progress. A merge is checked when it is
 * proposed and again when it is approved, for the original may have closed in between.
 */
@Component
class Refusals {

    private final Cases cases;
    private final CaseRecords records;
    private final CaseTimeline timeline;
    private final Messages messages;

    Refusals(Cases cases, CaseRecords records, CaseTimeline timeline, Messages messages) {
        this.cases = cases;
        this.records = records;
        this.timeline = timeline;
        this.messages = messages;
    }

    void notAccept(Complaint complaint, String reason) {
        timeline.record(
                complaint, CaseEventType.NOT_ACCEPTED, reason, reason + "\n" + messages.both("note.how-to-object"));
    }

    /** The open case a repeat may be merged into; refused at the field that names it otherwise. */
    Complaint checkMergeable(Complaint repeat, String number) {
        Complaint original = cases.find(number)
                .orElseThrow(() -> PetitionException.invalid("originalTrackingNumber", "constraint.unknown-case"));
        if (original.getId().equals(repeat.getId())) {
            throw PetitionException.invalid("originalTrackingNumber", "case.merge-into-self");
        }
        if (!original.isOpen()) {
            throw PetitionException.invalid("originalTrackingNumber", "case.merge-original-closed", number);
        }
        return original;
    }

    void merge(Complaint repeat, String number) {
        Complaint original = checkMergeable(repeat, number);
        records.mergeAsRepeat(repeat.getTrackingNumber(), original.getTrackingNumber());
        String progress = messages.both(
                "note.merged-progress",
                original.getTrackingNumber(),
                new DefaultMessageSourceResolvable("status." + original.getStatus()));
        timeline.record(repeat, CaseEventType.MERGED_AS_REPEAT, original.getTrackingNumber(), progress);
        timeline.record(original, CaseEventType.REPEAT_LINKED, repeat.getTrackingNumber(), null);
    }
}
