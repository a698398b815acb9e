package org.xinfang.petition.deadline;

import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.TimeLimitsTable;

/** Reads a stage's limit and warning lead from the {@code time-limits} decision, for a case's category and urgency. */
@Component
class StageLimits {

    private final DecisionService decisions;

    StageLimits(@Lazy DecisionService decisions) {
        this.decisions = decisions;
    }

    StageLimit of(Complaint complaint, DeadlineStage stage) {
        return of(stage, complaint.getUrgency(), complaint.getCategory());
    }

    StageLimit of(DeadlineStage stage, Urgency urgency, Category category) {
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(ComplaintProcess.TIME_LIMITS_DECISION)
                .variables(Variables.createVariables()
                        .putValue(TimeLimitsTable.STAGE, stage.name())
                        .putValue(TimeLimitsTable.URGENCY, urgency.name())
                        .putValue(TimeLimitsTable.CATEGORY, category.name()))
                .evaluate()
                .getFirstResult();
        if (result == null) {
            throw new IllegalStateException("time-limits has no limit for stage " + stage);
        }
        return new StageLimit(
                Limit.parse(result.getEntry(TimeLimitsTable.LIMIT)),
                Limit.parse(result.getEntry(TimeLimitsTable.WARN_BEFORE)));
    }

    /** A stage's limit and how long before it the handler is warned. */
    record StageLimit(Limit limit, Limit warnBefore) {}
}
