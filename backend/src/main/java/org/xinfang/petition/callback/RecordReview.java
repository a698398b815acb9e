package org.xinfang.petition.callback;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;

/**
 * Completes 督查复核 (userTask_inspectorReview): after a second unsatisfied callback an inspector reviews the case
 * and writes the conclusion the complainant receives; the case then closes.
 */
@Component("recordReview")
class RecordReview implements TaskListener {

    private final Cases cases;
    private final CaseTimeline timeline;

    RecordReview(Cases cases, CaseTimeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        String conclusion = input.requiredText(Var.CONCLUSION, "conclusion", RecordCallback.MAX_TEXT);
        String comment = input.text(Var.COMMENT, "comment", RecordCallback.MAX_TEXT);
        timeline.record(cases.get(input.businessKey()), CaseEventType.REVIEWED, comment, conclusion);
    }
}
