package org.xinfang.petition.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xinfang.petition.calendar.DeadlineArithmetic;

/** An interval in which a limit's clock stood still, and why. */
@Entity
@Table(name = "case_deadline_pause")
class DeadlinePause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "deadline_id")
    @SuppressWarnings("unused") // the pause's row names its deadline; the deadline reads its pauses
    private CaseDeadline deadline;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    private String reason;

    protected DeadlinePause() {}

    DeadlinePause(CaseDeadline deadline, Instant pausedAt, String reason) {
        this.deadline = deadline;
        this.pausedAt = pausedAt;
        this.reason = reason;
    }

    void resume(Instant at) {
        this.resumedAt = at;
    }

    boolean isOpen() {
        return resumedAt == null;
    }

    DeadlineArithmetic.Pause interval() {
        return new DeadlineArithmetic.Pause(pausedAt, resumedAt);
    }

    Instant getPausedAt() {
        return pausedAt;
    }

    Instant getResumedAt() {
        return resumedAt;
    }

    String getReason() {
        return reason;
    }
}
