package org.xinfang.petition.deadline;

/** Where a running limit stands. */
public enum DeadlineStatus {
    /** The clock runs. */
    RUNNING,
    /** The clock stands still (waiting for the complainant's material). */
    PAUSED,
    /** The stage is done; met or late is {@code endedAt} against {@code dueAt}. */
    ENDED
}
