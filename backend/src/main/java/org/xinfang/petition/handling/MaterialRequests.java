package org.xinfang.petition.handling;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.CaseDeadline;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.DeadlineStatus;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.process.ComplaintProcess.Message;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.shared.PetitionException;

/**
 * 补充材料: the bureau asks the complainant for more material, which stops the handling clock (the model's
 * material event subprocess); the clock runs again with the time that remained when the material arrives,
 * or when the time to supply it is over.
 */
@Service
@Transactional
public class MaterialRequests {

    /**
     * The process variable carrying what is asked for or what arrived: transient, but kept while a repeat request
     * waits for the leader.
     */
    static final String NOTE = "materialNote";

    private static final int MAX_TEXT = 2000;

    private final Cases cases;
    private final Deadlines deadlines;
    private final BureauStaff bureauStaff;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CaseTasks caseTasks;
    private final OneTimeNoticePolicy oneTimeNotice;
    private final CaseTimeline timeline;
    private final Clock clock;

    MaterialRequests(
            Cases cases,
            Deadlines deadlines,
            BureauStaff bureauStaff,
            RuntimeService runtime,
            TaskService tasks,
            CaseTasks caseTasks,
            OneTimeNoticePolicy oneTimeNotice,
            CaseTimeline timeline,
            Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.bureauStaff = bureauStaff;
        this.runtime = runtime;
        this.tasks = tasks;
        this.caseTasks = caseTasks;
        this.oneTimeNotice = oneTimeNotice;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * The bureau asks for material, listing everything it needs; the clock stops until it arrives. A second request
     * in the same handling stage states its reason and waits for the leader's approval (一次性告知).
     */
    public void request(String trackingNumber, String what, String reason) {
        Complaint complaint = cases.get(trackingNumber);
        bureauStaff.ofBureauHandling(complaint);
        CaseDeadline handling = deadlines.running(complaint, DeadlineStage.HANDLING);
        if (handling.getStatus() == DeadlineStatus.PAUSED) {
            throw PetitionException.conflict("deadline.already-paused", trackingNumber);
        }
        if (!clock.instant().isBefore(handling.getDueAt())) {
            throw PetitionException.conflict("material.overdue", trackingNumber);
        }
        if (awaitsApproval(trackingNumber)) {
            throw PetitionException.conflict("material.repeat-pending", trackingNumber);
        }
        String needed = required(what, "what");
        boolean first = oneTimeNotice.isFirst(complaint);
        if (!first) {
            if (reason == null || reason.isBlank()) {
                throw PetitionException.invalid("reason", "constraint.required-for-repeat");
            }
            timeline.record(
                    complaint,
                    CaseEventType.MATERIAL_REPEAT_REQUESTED,
                    needed + " (" + required(reason, "reason") + ")",
                    null);
        }
        // a repeat request waits for the leader: what it asks for is kept until then
        correlate(trackingNumber, Message.MATERIAL_REQUESTED, Variables.stringValue(needed, first));
    }

    /** The bureau leader's decision on a second request for material: approve, or refuse with a reason. */
    public void decideRepeat(String trackingNumber, Boolean approved, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.MATERIAL_REPEAT_APPROVED, approved);
        variables.put(Var.COMMENT, Variables.stringValue(comment, true));
        caseTasks.complete(trackingNumber, Stage.MATERIAL_REPEAT_APPROVAL, variables);
    }

    /** Staff record that the material arrived (by post, at the window). */
    public void received(String trackingNumber, String note) {
        Complaint complaint = cases.get(trackingNumber);
        bureauStaff.ofBureauHandling(complaint);
        supplied(complaint, note);
    }

    /** The material arrived; called for staff and for the complainant's own supplement. */
    public void supplied(Complaint complaint, String note) {
        CaseDeadline handling = deadlines.running(complaint, DeadlineStage.HANDLING);
        if (handling.getStatus() != DeadlineStatus.PAUSED) {
            throw PetitionException.conflict("deadline.not-paused", complaint.getTrackingNumber());
        }
        correlate(
                complaint.getTrackingNumber(),
                Message.MATERIAL_SUPPLIED,
                Variables.stringValue(required(note, "note"), true));
    }

    private boolean awaitsApproval(String trackingNumber) {
        return tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingNumber)
                        .taskDefinitionKey(Stage.MATERIAL_REPEAT_APPROVAL.taskKey())
                        .count()
                > 0;
    }

    private void correlate(String trackingNumber, String message, StringValue note) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(trackingNumber)
                .setVariable(NOTE, note)
                .correlate();
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw PetitionException.invalid(field, "constraint.NotBlank");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw PetitionException.invalid(field, "constraint.Size", MAX_TEXT, 1);
        }
        return text.strip();
    }
}
