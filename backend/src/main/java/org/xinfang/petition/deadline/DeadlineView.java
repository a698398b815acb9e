package org.xinfang.petition.deadline;

import java.time.Instant;
import java.util.List;

/**
 * A response limit as staff see it on a case: the limit granted (with any extension), when it started, warns
 * and runs out, whether it is provisional (counted into a year without a holiday schedule), its pauses, and the
 * working days that remain (today included; negative once overdue; {@code null} once the stage is done).
 */
public record DeadlineView(
        DeadlineStage stage,
        String limit,
        int extension,
        DeadlineStatus status,
        Instant startedAt,
        Instant warnAt,
        Instant dueAt,
        Integer remainingWorkingDays,
        String provisionalYears,
        Instant warnedAt,
        Instant overdueAt,
        Instant endedAt,
        List<PauseView> pauses) {

    static DeadlineView of(CaseDeadline deadline, Integer remainingWorkingDays) {
        return new DeadlineView(
                deadline.getStage(),
                deadline.effectiveLimit().toString(),
                deadline.getExtensionAmount(),
                deadline.getStatus(),
                deadline.getStartedAt(),
                deadline.getWarnAt(),
                deadline.getDueAt(),
                remainingWorkingDays,
                deadline.getProvisionalYears(),
                deadline.getWarnedAt(),
                deadline.getOverdueAt(),
                deadline.getEndedAt(),
                deadline.pauseViews());
    }

    /** An interval in which the clock stood still, and what was asked for. */
    public record PauseView(Instant pausedAt, Instant resumedAt, String reason) {}
}
