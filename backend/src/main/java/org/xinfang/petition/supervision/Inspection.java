package org.xinfang.petition.supervision;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.DeadlineStatus;
import org.xinfang.petition.deadline.DeadlineView;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;
import org.xinfang.petition.supervision.SupervisionProcess.Step;
import org.xinfang.petition.supervision.SupervisionProcess.Var;
import org.xinfang.petition.supervision.SupervisorScopes.Scope;
import org.xinfang.petition.supervision.SupervisorScopes.Supervisor;

/**
 * What supervisors do: flag a case for supervision and issue an order (inspectors, discipline inspectors, the office's
 * leader), conclude an accountability record (inspectors and discipline inspectors).
 */
@Service
@Transactional
public class Inspection {

    static final int MAX_TEXT = 2000;

    private final Cases cases;
    private final SupervisorScopes scopes;
    private final Deadlines deadlines;
    private final SupervisionTriggers triggers;
    private final SupervisionLevels levels;
    private final CaseTasks caseTasks;
    private final SupervisionOrderRepository orders;
    private final AccountabilityRecordRepository records;
    private final CaseTimeline timeline;
    private final Clock clock;

    Inspection(
            Cases cases,
            SupervisorScopes scopes,
            Deadlines deadlines,
            SupervisionTriggers triggers,
            SupervisionLevels levels,
            CaseTasks caseTasks,
            SupervisionOrderRepository orders,
            AccountabilityRecordRepository records,
            CaseTimeline timeline,
            Clock clock) {
        this.cases = cases;
        this.scopes = scopes;
        this.deadlines = deadlines;
        this.triggers = triggers;
        this.levels = levels;
        this.caseTasks = caseTasks;
        this.orders = orders;
        this.records = records;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * 挂牌督办: supervision of the stage whose clock runs now, before it is overdue; at the supervisor's own level, or
     * for the office at the first level of inspectors above the unit.
     */
    public void flag(String trackingNumber, String reason) {
        Scope scope = scopes.current();
        Complaint complaint = scope.visible(cases.get(trackingNumber));
        String why = required(reason, "reason");
        DeadlineStage stage = runningStage(complaint)
                .orElseThrow(() -> PetitionException.conflict("supervision.no-running-limit", trackingNumber));
        if (triggers.isRunning(trackingNumber)) {
            throw PetitionException.conflict("supervision.already-running", trackingNumber);
        }
        OrgUnit supervised = triggers.supervisedFor(complaint, stage)
                .orElseThrow(() -> PetitionException.conflict("supervision.no-running-limit", trackingNumber));
        if (scope.kind() == Supervisor.OFFICE && !OfficeSupervision.mayIssueTo(supervised)) {
            throw PetitionException.conflict("supervision.office-own-stage", trackingNumber);
        }
        OrgUnit level = scope.kind() == Supervisor.OFFICE ? levels.responsibleFor(supervised) : scope.unit();
        triggers.flag(complaint, stage, supervised, level, why);
    }

    /**
     * Whether {@link #flag} would take the case from the signed-in user now: a supervisor whose scope holds it, a
     * stage's clock running that the supervisor may supervise, and no supervision yet; the pages offer the flag only
     * then.
     */
    @Transactional(readOnly = true)
    public boolean mayFlag(String trackingNumber) {
        if (!scopes.isSupervisor()) {
            return false;
        }
        Scope scope = scopes.current();
        Complaint complaint = cases.get(trackingNumber);
        return scope.covers(complaint)
                && runningStage(complaint)
                        .flatMap(stage -> triggers.supervisedFor(complaint, stage))
                        .filter(unit -> scope.kind() != Supervisor.OFFICE || OfficeSupervision.mayIssueTo(unit))
                        .isPresent()
                && !triggers.isRunning(trackingNumber);
    }

    /** The stage whose clock runs now: the last limit not yet ended of a stage a unit answers for. */
    private Optional<DeadlineStage> runningStage(Complaint complaint) {
        return deadlines.ofCase(complaint).stream()
                .filter(limit -> limit.status() != DeadlineStatus.ENDED)
                .filter(limit -> limit.stage().keeper().isSupervised())
                .reduce((first, second) -> second)
                .map(DeadlineView::stage);
    }

    /** An order on the case's supervision task; who may issue it are the task's candidates ({@code SupervisionGroups}). */
    public OrderView issueOrder(String trackingNumber, String instructions, Integer workingDays) {
        Complaint complaint = scopes.current().visible(cases.get(trackingNumber));
        Map<String, Object> input = new HashMap<>();
        input.put(Var.INSTRUCTIONS, Variables.stringValue(instructions, true));
        input.put(Var.WORKING_DAYS, Variables.integerValue(workingDays, true));
        caseTasks.complete(
                SupervisionProcess.KEY, trackingNumber, Step.ISSUE_ORDER.taskKey(), Step.ISSUE_ORDER.label(), input);
        return OrderView.of(orders.findFirstByComplaintOrderByIdDesc(complaint).orElseThrow());
    }

    /**
     * Records what came of an accountability record (约谈, 通报, 监察建议 …). It is decided above the bureau: the
     * bureau's own inspectors may not conclude it.
     */
    public AccountabilityView conclude(long id, String outcome) {
        Scope scope = scopes.current(SupervisorScopes.CONDUCT_WATCHERS);
        AccountabilityRecord record = records.inScope(id, scope);
        if (record.getUnit().getId().equals(scope.unit().getId())) {
            throw PetitionException.forbidden("accountability.own-unit", id);
        }
        if (record.getStatus() == AccountabilityStatus.CONCLUDED) {
            throw PetitionException.conflict("accountability.concluded", id);
        }
        String text = required(outcome, "outcome");
        record.conclude(text, timeline.currentActor(), clock.instant());
        timeline.record(record.getComplaint(), CaseEventType.ACCOUNTABILITY_CONCLUDED, "#" + id + ": " + text, null);
        return AccountabilityView.of(record);
    }

    /** 挂牌督办's reason, checked as the API checks its request body. */
    public record FlagRequest(@PlainText(lines = true) String reason) {}

    /** A supervision order's instructions to the bureau and its limit (none: the time-limits rule). */
    public record OrderRequest(@PlainText(lines = true) String instructions, Integer workingDays) {}

    /** What came of an accountability record. */
    public record ConclusionRequest(@PlainText(lines = true) String outcome) {}

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
