package org.xinfang.petition.deadline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.TimeLimitsTable;

/**
 * Reads a stage's limit and warning lead from the {@code time-limits} decision, for a case's category and urgency.
 *
 * <p>Each answer is read from the table once per deployed version and inputs: evaluating the table through FEEL was
 * a fifth of a filing's CPU, for an answer that only a new version changes. The latest version is looked up on every
 * call (one indexed query, as the engine's own evaluation by key does), so a new version applies at once on every
 * node; the limits a case got are kept on its deadline records, not in the decision history.
 */
@Component
class StageLimits {

    private final DecisionService decisions;
    private final RepositoryService repository;
    /** The latest version's answers so far; replaced whole when a newer version is deployed. */
    private final AtomicReference<Table> latest = new AtomicReference<>();

    StageLimits(@Lazy DecisionService decisions, @Lazy RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    StageLimit of(Complaint complaint, DeadlineStage stage) {
        return of(stage, complaint.getUrgency(), complaint.getCategory());
    }

    StageLimit of(DeadlineStage stage, Urgency urgency, Category category) {
        return latest().of(stage, urgency, category);
    }

    /** The table as its latest version answers, for several look-ups at one version (the portal's commitments). */
    Table latest() {
        DecisionDefinition definition = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(ComplaintProcess.TIME_LIMITS_DECISION)
                .latestVersion()
                .singleResult();
        if (definition == null) {
            throw new IllegalStateException("time-limits is not deployed");
        }
        return latest.updateAndGet(table ->
                table != null && table.definitionId.equals(definition.getId()) ? table : new Table(definition.getId()));
    }

    /** One deployed version of the table, its answers kept as they are first asked for. */
    final class Table {

        private final String definitionId;
        private final Map<Inputs, StageLimit> answers = new ConcurrentHashMap<>();

        private Table(String definitionId) {
            this.definitionId = definitionId;
        }

        StageLimit of(DeadlineStage stage, Urgency urgency, Category category) {
            return answers.computeIfAbsent(new Inputs(stage, urgency, category), this::evaluate);
        }

        private StageLimit evaluate(Inputs inputs) {
            DmnDecisionResultEntries result = decisions
                    .evaluateDecisionById(definitionId)
                    .variables(Variables.createVariables()
                            .putValue(TimeLimitsTable.STAGE, inputs.stage().name())
                            .putValue(TimeLimitsTable.URGENCY, inputs.urgency().name())
                            .putValue(
                                    TimeLimitsTable.CATEGORY, inputs.category().name()))
                    .evaluate()
                    .getFirstResult();
            if (result == null) {
                throw new IllegalStateException("time-limits has no limit for stage " + inputs.stage());
            }
            return new StageLimit(
                    Limit.parse(result.getEntry(TimeLimitsTable.LIMIT)),
                    Limit.parse(result.getEntry(TimeLimitsTable.WARN_BEFORE)));
        }
    }

    private record Inputs(DeadlineStage stage, Urgency urgency, Category category) {}

    /** A stage's limit and how long before it the handler is warned. */
    record StageLimit(Limit limit, Limit warnBefore) {}
}
