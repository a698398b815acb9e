package org.xinfang.petition.supervision;

import java.time.Instant;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.CaseDeadline;
import org.xinfang.petition.organization.OrgUnit;

/**
 * One line of the board: a case with a running limit that is overdue or at risk, the unit that has it (its bureau, or
 * the petition office before dispatch), how many working days remain
 * (negative: overdue by), and its supervision if one runs (null otherwise).
 */
public record BoardRow(
        String trackingNumber,
        String subject,
        String category,
        String urgency,
        String region,
        UnitRef bureau,
        String stage,
        String limit,
        Instant startedAt,
        Instant warnAt,
        Instant dueAt,
        boolean overdue,
        int remainingWorkingDays,
        boolean provisional,
        SupervisionState supervision) {

    static BoardRow of(
            CaseDeadline deadline,
            Complaint complaint,
            OrgUnit holder,
            Instant now,
            int remainingWorkingDays,
            SupervisionState supervision) {
        return new BoardRow(
                complaint.getTrackingNumber(),
                complaint.getSubject(),
                complaint.getCategory().name(),
                complaint.getUrgency().name(),
                complaint.getRegion().getCode(),
                UnitRef.of(holder),
                deadline.getStage().name(),
                deadline.effectiveLimit().toString(),
                deadline.getStartedAt(),
                deadline.getWarnAt(),
                deadline.getDueAt(),
                !now.isBefore(deadline.getDueAt()),
                remainingWorkingDays,
                deadline.isProvisional(),
                supervision);
    }

    /** Where a running supervision stands: its level, and whether it awaits an order or the bureau's answer. */
    public record SupervisionState(String level, SupervisionProcess.Step step, Instant orderDueAt) {}
}
