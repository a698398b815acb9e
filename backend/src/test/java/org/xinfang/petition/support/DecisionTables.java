package org.xinfang.petition.support;

import java.util.Map;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The decision tables of {@code processes/}, evaluated by the standalone DMN engine: a table's test needs neither
 * the application nor a database, and runs in milliseconds. The process tests show that the engine calls the tables.
 */
public final class DecisionTables {

    private static final DmnEngine ENGINE =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private DecisionTables() {}

    /** The decision of that key, from whichever file of {@code processes/} declares it. */
    public static DmnDecision decision(String key) {
        return ModelFiles.decisions().stream()
                .flatMap(model -> ENGINE.parseDecisions(model).stream())
                .filter(decision -> key.equals(decision.getKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No decision " + key + " in " + ModelFiles.PROCESSES));
    }

    /** The one matching rule's outputs, or null when no rule matches. */
    public static DmnDecisionResultEntries evaluate(DmnDecision decision, Map<String, Object> variables) {
        return ENGINE.evaluateDecision(decision, variables).getSingleResult();
    }
}
