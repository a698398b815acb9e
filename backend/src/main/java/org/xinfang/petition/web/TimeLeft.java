package org.xinfang.petition.web;

import java.time.Instant;

/**
 * How much working time a stage has left, as every list and case page shows it: in green while on time, yellow from
 * the warning on, red once overdue, and always in words too (never colour alone). Rendered by
 * {@code fragments/time-left :: badge(${timeLeft})}.
 */
public record TimeLeft(State state, Integer remainingWorkingDays, Instant dueAt) {

    /** The three colours of the countdown; its CSS class is the lower-case name with a dash. */
    public enum State {
        ON_TIME("on-time"),
        AT_RISK("at-risk"),
        OVERDUE("overdue");

        private final String cssClass;

        State(String cssClass) {
            this.cssClass = cssClass;
        }

        public String cssClass() {
            return cssClass;
        }
    }

    /**
     * Where a limit stands at {@code now}: overdue from its due time, at risk from its warning (or, with no warning
     * known, on its last working day), else on time; none without a due time.
     */
    public static TimeLeft of(Instant warnAt, Instant dueAt, Integer remainingWorkingDays, Instant now) {
        if (dueAt == null) {
            return null;
        }
        State state;
        if (!now.isBefore(dueAt)) {
            state = State.OVERDUE;
        } else if (warnAt != null ? !now.isBefore(warnAt) : remainingWorkingDays != null && remainingWorkingDays <= 1) {
            state = State.AT_RISK;
        } else {
            state = State.ON_TIME;
        }
        return new TimeLeft(state, remainingWorkingDays, dueAt);
    }
}
