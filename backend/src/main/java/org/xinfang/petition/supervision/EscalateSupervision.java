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
 * 升级督办 (serviceTask_escalate): after a missed order the chain climbs to the next level with inspectors; its
 * inspectors are told the case is now theirs.
 */
@Component("escalateSupervision")
class EscalateSupervision implements JavaDelegate {

    private final Cases cases;
    private final SupervisionLevels levels;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;

    EscalateSupervision(Cases cases, SupervisionLevels levels, CaseTimeline timeline, SupervisionNotices notices) {
        this.cases = cases;
        this.levels = levels;
        this.timeline = timeline;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupervisionChain chain = SupervisionChain.of(execution);
        Complaint complaint = cases.get(chain.trackingNumber());
        OrgUnit from = levels.unit(chain.level());
        OrgUnit to = levels.above(from)
                .orElseThrow(
                        () -> new IllegalStateException("The model escalated above the top level " + from.getCode()));
        execution.setVariable(Var.LEVEL, to.getCode());
        timeline.record(complaint, CaseEventType.SUPERVISION_ESCALATED, from.getCode() + " → " + to.getCode(), null);
        notices.toInspectors(complaint, to, CaseEventType.SUPERVISION_ESCALATED, from.bilingualName());
    }
}
