package org.xinfang.petition.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link SetupRequired} anywhere in a failed start into Spring Boot's "APPLICATION FAILED TO START" report:
 * the problem and the action, without the stack of bean creations around it (registered in spring.factories).
 */
class SetupFailureAnalyzer extends AbstractFailureAnalyzer<SetupRequired> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SetupRequired cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
