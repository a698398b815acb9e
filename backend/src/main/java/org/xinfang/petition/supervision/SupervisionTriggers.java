package org.xinfang.petition.supervision;

import java.util.Optional;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.CaseOverdue;
import org.xinfang.petition.deadline.DeadlineEnded;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.supervision.SupervisionProcess.Message;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/**
 * Starts and ends supervisions, in the transaction of what caused them: an overdue timer of the case's process
 * starts one (unless an inspector's flagged supervision runs already, which goes on), an inspector flags one,
 * and the end of the supervised stage's clock ends it.
 */
@Component
class SupervisionTriggers {

    private final Cases cases;
    private final CaseRecords records;
    private final SupervisionLevels levels;
    private final Organisation organisation;
    private final RuntimeService runtime;

    SupervisionTriggers(
            Cases cases,
            CaseRecords records,
            SupervisionLevels levels,
            Organisation organisation,
            RuntimeService runtime) {
        this.cases = cases;
        this.records = records;
        this.levels = levels;
        this.organisation = organisation;
        this.runtime = runtime;
    }

    @EventListener
    void caseOverdue(CaseOverdue overdue) {
        if (isRunning(overdue.trackingNumber())) {
            return;
        }
        Complaint complaint = cases.get(overdue.trackingNumber());
        supervisedFor(complaint, overdue.stage())
                .ifPresent(unit -> start(
                        Message.CASE_OVERDUE,
                        complaint,
                        overdue.stage(),
                        unit,
                        levels.responsibleFor(unit),
                        false,
                        Variables.createVariables()));
    }

    /**
     * Who answers for an overdue stage: the case's bureau for its own stages, the petition office for the office's
     * (it is supervised too), the reviewing body for a review (复查 / 复核); none for a task beside a stage or the inspectors' own review.
     */
    Optional<OrgUnit> supervisedFor(Complaint complaint, DeadlineStage stage) {
        return switch (stage.keeper()) {
            case BUREAU -> Optional.ofNullable(complaint.getCurrentBureau());
            case OFFICE -> organisation.petitionOffice();
            case REVIEW_BODY -> Optional.ofNullable(complaint.getReviewBody());
            case TASK_CANDIDATES -> Optional.empty();
        };
    }

    @EventListener
    void deadlineEnded(DeadlineEnded ended) {
        runtime.createMessageCorrelation(Message.STAGE_COMPLETED)
                .processInstanceBusinessKey(ended.trackingNumber())
                .processInstanceVariableEquals(Var.STAGE, ended.stage().name())
                .correlateAll();
    }

    /** 挂牌督办: a supervisor puts the unit's stage of a case under supervision at a level before it is overdue. */
    void flag(Complaint complaint, DeadlineStage stage, OrgUnit supervised, OrgUnit level, String reason) {
        start(
                Message.FLAGGED,
                complaint,
                stage,
                supervised,
                level,
                true,
                Variables.createVariables().putValueTyped(Var.REASON, Variables.stringValue(reason, true)));
    }

    boolean isRunning(String trackingNumber) {
        return runtime.createProcessInstanceQuery()
                        .processDefinitionKey(SupervisionProcess.KEY)
                        .processInstanceBusinessKey(trackingNumber)
                        .count()
                > 0;
    }

    private void start(
            String message,
            Complaint complaint,
            DeadlineStage stage,
            OrgUnit supervised,
            OrgUnit level,
            boolean flagged,
            VariableMap input) {
        // One supervision per case: of two starts that both found none running, the later to commit fails.
        records.claimForChange(complaint.getTrackingNumber());
        runtime.startProcessInstanceByMessage(
                message,
                complaint.getTrackingNumber(),
                input.putValue(Var.STAGE, stage.name())
                        .putValue(Var.BUREAU, supervised.getCode())
                        .putValue(Var.LEVEL, level.getCode())
                        .putValue(Var.FLAGGED, flagged)
                        .putValue(Var.MISSED_ORDERS, 0));
    }
}
