package org.xinfang.petition.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed lookups of one subject (a tracking number or a client address, kept as a hash): how many in the
 * current window, and until when the subject is locked out.
 */
@Entity
@Table(name = "lookup_failure")
class LookupFailures extends CountedSubject {

    /** What is counted. */
    enum Kind {
        TRACKING_NUMBER,
        CLIENT_ADDRESS
    }

    @Id
    @Column(name = "subject_hash")
    private String subjectHash;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private int failures;

    @Column(name = "window_started_at")
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LookupFailures() {}

    @Override
    public String getId() {
        return subjectHash;
    }

    LookupFailures(String subjectHash, Kind kind) {
        super(true);
        this.subjectHash = subjectHash;
        this.kind = kind;
    }

    /** Counts a failure; the one that reaches {@code limit} within the window locks the subject out. */
    void fail(Instant now, int limit, Duration window, Duration lockout) {
        if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(window))) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(lockout);
            windowStartedAt = null;
            failures = 0;
        }
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Kind getKind() {
        return kind;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
