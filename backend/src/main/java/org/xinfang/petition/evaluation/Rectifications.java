package org.xinfang.petition.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.process.RectificationProcess;
import org.xinfang.petition.process.RectificationProcess.Step;
import org.xinfang.petition.process.RectificationProcess.Var;
import org.xinfang.petition.shared.PlainText;

/**
 * 差评整改 through our API: the bureau reports, the office checks; each completes the model's task, so who may act
 * and with what input is the task gate's to judge, as through every other door.
 */
@Service
@Transactional
public class Rectifications {

    private final CaseTasks caseTasks;

    Rectifications(CaseTasks caseTasks) {
        this.caseTasks = caseTasks;
    }

    /** 报送整改情况: what the bureau that replied has put right. */
    public void report(String trackingNumber, ReportRequest report) {
        complete(trackingNumber, Step.RECTIFY, Map.of(Var.MEASURES, Variables.stringValue(report.measures(), true)));
    }

    /** 整改核查: the office accepts the rectification, or sends it back saying why. */
    public void check(String trackingNumber, CheckRequest check) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.ACCEPTED, check.accepted());
        variables.put(Var.COMMENT, Variables.stringValue(check.comment(), true));
        complete(trackingNumber, Step.CHECK, variables);
    }

    private void complete(String trackingNumber, Step step, Map<String, Object> variables) {
        caseTasks.complete(RectificationProcess.KEY, trackingNumber, step.taskKey(), step.label(), variables);
    }

    public record ReportRequest(
            @PlainText(lines = true) @Size(max = 2000) String measures) {}

    public record CheckRequest(
            @NotNull Boolean accepted,
            @PlainText(lines = true) @Size(max = 2000) String comment) {}
}
