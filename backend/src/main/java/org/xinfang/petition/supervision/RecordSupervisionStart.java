package org.xinfang.petition.supervision;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/**
 * 开始督办 (serviceTask_recordStart): the case lands on the board of the inspectors of the level, who are told
 * it awaits their order; the bureau is told it is under supervision.
 */
@Component("recordSupervisionStart")
class RecordSupervisionStart implements JavaDelegate {

    private final Cases cases;
    private final SupervisionLevels levels;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;

    RecordSupervisionStart(Cases cases, SupervisionLevels levels, CaseTimeline timeline, SupervisionNotices notices) {
        this.cases = cases;
        this.levels = levels;
        this.timeline = timeline;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupervisionChain chain = SupervisionChain.of(execution);
        Complaint complaint = cases.get(chain.trackingNumber());
        OrgUnit level = levels.unit(chain.level());
        String how = chain.flagged()
                ? "flagged while " + chain.stage() + " runs: " + execution.getVariable(Var.REASON)
                : chain.stage() + " overdue";
        timeline.record(complaint, CaseEventType.SUPERVISION_STARTED, how + "; supervised by " + level.getCode(), null);
        notices.toInspectors(complaint, level, CaseEventType.SUPERVISION_STARTED);
        notices.toBureau(
                complaint, levels.unit(chain.bureau()), CaseEventType.SUPERVISION_STARTED, level.bilingualName());
    }
}
