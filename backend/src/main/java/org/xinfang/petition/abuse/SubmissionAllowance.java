package org.xinfang.petition.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The anonymous submissions from one client address (kept as a keyed hash) in its current window. */
@Entity
@Table(name = "submission_allowance")
class SubmissionAllowance extends CountedSubject {

    @Id
    @Column(name = "address_hash")
    private String addressHash;

    private int submissions;

    @Column(name = "window_started_at")
    private Instant windowStartedAt;

    protected SubmissionAllowance() {}

    SubmissionAllowance(String addressHash, Instant now) {
        super(true);
        this.addressHash = addressHash;
        this.windowStartedAt = now;
    }

    @Override
    public String getId() {
        return addressHash;
    }

    /**
     * Takes one submission if the window has room for it; a window that is over starts anew at {@code now}.
     *
     * @return whether the submission was taken
     */
    boolean take(Instant now, int limit, Duration window) {
        if (!now.isBefore(windowEndsAt(window))) {
            windowStartedAt = now;
            submissions = 0;
        }
        if (submissions >= limit) {
            return false;
        }
        submissions++;
        return true;
    }

    /** Gives a submission back that was taken in the window starting at {@code windowStartedAt}, if still current. */
    void giveBack(Instant windowStartedAt) {
        if (windowStartedAt.equals(this.windowStartedAt) && submissions > 0) {
            submissions--;
        }
    }

    Instant getWindowStartedAt() {
        return windowStartedAt;
    }

    Instant windowEndsAt(Duration window) {
        return windowStartedAt.plus(window);
    }
}
