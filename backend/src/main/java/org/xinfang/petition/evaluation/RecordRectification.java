package org.xinfang.petition.evaluation;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.process.RectificationProcess.Var;
import org.xinfang.petition.process.TaskInput;

/** Completes 差评整改 (userTask_rectify): the bureau reports what it put right; the office checks it next. */
@Component("recordRectification")
class RecordRectification implements TaskListener {

    static final int MAX_TEXT = 2000;

    private final Cases cases;
    private final CaseTimeline timeline;

    RecordRectification(Cases cases, CaseTimeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        String measures = input.requiredText(Var.MEASURES, "measures", MAX_TEXT);
        timeline.record(cases.get(input.businessKey()), CaseEventType.RECTIFICATION_REPORTED, measures, null);
    }
}
