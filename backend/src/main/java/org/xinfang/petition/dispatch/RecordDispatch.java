package org.xinfang.petition.dispatch;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * Completes 派单 (userTask_dispatch): the case goes to the chosen bureau, or to the one {@code bureau-routing}
 * proposed when the clerk chose none. The bureau becomes the {@code bureau} variable the model's candidate groups
 * read.
 */
@Component("recordDispatch")
class RecordDispatch implements TaskListener {

    private final Cases cases;
    private final CaseRecords records;
    private final Organisation organisation;
    private final CaseTimeline timeline;
    private final Messages messages;
    private final DesignationPolicy designation;

    RecordDispatch(
            Cases cases,
            CaseRecords records,
            Organisation organisation,
            CaseTimeline timeline,
            Messages messages,
            DesignationPolicy designation) {
        this.cases = cases;
        this.records = records;
        this.organisation = organisation;
        this.timeline = timeline;
        this.messages = messages;
        this.designation = designation;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        String proposed = (String) task.getVariable(Var.PROPOSED_BUREAU);
        Object chosen = task.getVariable(Var.BUREAU);
        String code = chosen == null || chosen.toString().isBlank()
                ? proposed
                : chosen.toString().strip();
        if (code == null) {
            throw PetitionException.invalid("bureau", "constraint.no-proposal");
        }
        OrgUnit bureau = organisation
                .unit(code)
                .orElseThrow(() -> PetitionException.invalid("bureau", "constraint.unknown-unit"));
        if (!bureau.isBureau()) {
            throw PetitionException.invalid("bureau", "constraint.not-a-bureau", code);
        }
        records.dispatch(complaint.getTrackingNumber(), bureau, designation.designates(complaint.getDispatchCount()));
        task.setVariable(Var.BUREAU, bureau.getCode());
        String comment = input.text(Var.COMMENT, "comment", RecordTriage.MAX_REASON);
        String routing = code.equals(proposed) ? "proposed " + proposed : "proposed " + proposed + ", chosen " + code;
        timeline.record(
                complaint,
                CaseEventType.DISPATCHED,
                comment == null ? routing : routing + "; " + comment,
                messages.both(
                        complaint.isDesignated() ? "note.designated" : "note.dispatched", bureau.bilingualName()));
    }
}
