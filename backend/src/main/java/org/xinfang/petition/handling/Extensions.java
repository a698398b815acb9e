package org.xinfang.petition.handling;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.calendar.Limit;
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
 * 延期: the handler asks for more time with a reason; the bureau leader, then the petition office decide (the
 * model's extension event subprocess); once granted, the running handling limit moves, within the statutory
 * maximum and once only unless the office overrides.
 */
@Service
@Transactional
public class Extensions {

    static final List<ExtensionRequest.Status> PENDING = List.of(
            ExtensionRequest.Status.REQUESTED,
            ExtensionRequest.Status.PENDING_LEADER,
            ExtensionRequest.Status.PENDING_OFFICE);

    private final Cases cases;
    private final Deadlines deadlines;
    private final ExtensionRequestRepository requests;
    private final BureauStaff bureauStaff;
    private final CaseTimeline timeline;
    private final CaseTasks caseTasks;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Clock clock;

    Extensions(
            Cases cases,
            Deadlines deadlines,
            ExtensionRequestRepository requests,
            BureauStaff bureauStaff,
            CaseTimeline timeline,
            CaseTasks caseTasks,
            TaskService tasks,
            RuntimeService runtime,
            Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.requests = requests;
        this.bureauStaff = bureauStaff;
        this.timeline = timeline;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** The handler's request: {@code amount} more units of the handling limit's unit (days or working days). */
    public void request(String trackingNumber, Integer amount, String reason) {
        Complaint complaint = cases.get(trackingNumber);
        bureauStaff.ofBureauHandling(complaint);
        CaseDeadline handling = deadlines.running(complaint, DeadlineStage.HANDLING);
        if (handling.getStatus() == DeadlineStatus.PAUSED) {
            throw PetitionException.conflict("extension.not-paused-while-waiting", trackingNumber);
        }
        if (!clock.instant().isBefore(handling.getDueAt())) {
            throw PetitionException.conflict("extension.overdue", trackingNumber);
        }
        if (requests.findFirstByComplaintIdAndStatusIn(complaint.getId(), PENDING)
                .isPresent()) {
            throw PetitionException.conflict("extension.pending", trackingNumber);
        }
        if (reason == null || reason.isBlank()) {
            throw PetitionException.invalid("reason", "constraint.NotBlank");
        }
        if (reason.strip().length() > 2000) {
            throw PetitionException.invalid("reason", "constraint.Size", 2000, 1);
        }
        Limit extra = checkedExtra(complaint, handling, amount);
        requests.save(new ExtensionRequest(
                complaint.getId(), extra, reason.strip(), timeline.currentActor(), clock.instant()));
        timeline.record(complaint, CaseEventType.EXTENSION_REQUESTED, extra + ": " + reason.strip(), null);
        runtime.createMessageCorrelation(Message.EXTENSION_REQUESTED)
                .processInstanceBusinessKey(trackingNumber)
                .correlate();
    }

    /** The leader's or the office's decision, whichever is due; {@code override} grants a second extension. */
    public void decide(String trackingNumber, Boolean approved, String comment, boolean override) {
        Complaint complaint = cases.get(trackingNumber);
        Stage stage = tasks.createTaskQuery()
                                .processInstanceBusinessKey(trackingNumber)
                                .taskDefinitionKey(Stage.EXTENSION_LEADER_APPROVAL.taskKey())
                                .count()
                        > 0
                ? Stage.EXTENSION_LEADER_APPROVAL
                : Stage.EXTENSION_OFFICE_APPROVAL;
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.EXTENSION_APPROVED, approved);
        variables.put(Var.OVERRIDE, Variables.booleanValue(override, true));
        variables.put(Var.COMMENT, Variables.stringValue(comment, true));
        caseTasks.complete(complaint.getTrackingNumber(), stage, variables);
    }

    /** The amount asked for, checked against what the {@code time-limits} maximum still allows. */
    private Limit checkedExtra(Complaint complaint, CaseDeadline handling, Integer amount) {
        if (amount == null) {
            throw PetitionException.invalid("amount", "constraint.NotNull");
        }
        Limit maximum = deadlines.limitOf(complaint, DeadlineStage.EXTENSION_MAX);
        if (maximum.unit() != handling.effectiveLimit().unit()) {
            throw new IllegalStateException(
                    "time-limits: EXTENSION_MAX and HANDLING differ in unit for " + complaint.getCategory());
        }
        int left = maximum.amount() - handling.getExtensionAmount();
        if (amount < 1) {
            throw PetitionException.invalid("amount", "constraint.Min", 1);
        }
        if (amount > left) {
            throw PetitionException.invalid(
                    "amount", "extension.too-long", Limit.of(Math.max(left, 0), maximum.unit()));
        }
        return Limit.of(amount, maximum.unit());
    }
}
