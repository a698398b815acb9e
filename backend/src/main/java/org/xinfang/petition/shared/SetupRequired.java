package org.xinfang.petition.shared;

/**
 * A setting the installation must provide is missing or unusable (a data key, the audit key): the application
 * does not start, and {@link SetupFailureAnalyzer} says what is wrong and what to do in two lines, not a stack trace.
 */
public class SetupRequired extends IllegalStateException {

    private final String action;

    public SetupRequired(String problem, String action) {
        super(problem);
        this.action = action;
    }

    /** What the operator does about it. */
    public String action() {
        return action;
    }
}
