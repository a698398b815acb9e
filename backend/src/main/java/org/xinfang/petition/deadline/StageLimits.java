package org.xinfang.petition.deadline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
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
 * call (one small query, as the engine's own evaluation by key makes), so a new version applies at once on every
 * node; the limits a case got are kept on its deadline records, not in the decision history.
 */
@Component
class StageLimits {

    /**
     * The engine's latest version of a decision (no tenants here), read in plain SQL: through the engine's query API
     * the look-up cost more than the rest of the deadline's computation.
     */
    private static final String LATEST_VERSION =
            "select ID_ from ACT_RE_DECISION_DEF where KEY_ = ? and TENANT_ID_ is null order by VERSION_ desc";

    private static final ResultSetExtractor<String> LATEST_ID = rows -> rows.next() ? rows.getString(1) : null;

    private final DecisionService decisions;
    private final JdbcTemplate jdbc;
    /** The latest version's answers so far; replaced whole when a newer version is deployed. */
    private final AtomicReference<Table> latest = new AtomicReference<>();

    StageLimits(@Lazy DecisionService decisions, JdbcTemplate jdbc) {
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    StageLimit of(Complaint complaint, DeadlineStage stage) {
        return of(stage, complaint.getUrgency(), complaint.getCategory());
    }

    StageLimit of(DeadlineStage stage, Urgency urgency, Category category) {
        return latest().of(stage, urgency, category);
    }

    /** The table as its latest version answers, for several look-ups at one version (the portal's commitments). */
    Table latest() {
        String definitionId = jdbc.query(LATEST_VERSION, LATEST_ID, ComplaintProcess.TIME_LIMITS_DECISION);
        if (definitionId == null) {
            throw new IllegalStateException("time-limits is not deployed");
        }
        return latest.updateAndGet(
                table -> table != null && table.definitionId.equals(definitionId) ? table : new Table(definitionId));
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
