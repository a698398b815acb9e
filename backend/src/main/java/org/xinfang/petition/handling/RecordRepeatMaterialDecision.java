package org.xinfang.petition.handling;

import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.notification.StaffNotifications;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.TaskInput;

/**
 * Completes the bureau leader's decision on a second request for material (userTask_approveRepeatMaterialRequest):
 * approved, the complainant is asked and the clock stops; refused, with the reason, nothing is asked and the
 * bureau's handlers are told why.
 */
@Component("recordRepeatMaterialDecision")
class RecordRepeatMaterialDecision implements TaskListener {

    private final Cases cases;
    private final CaseTimeline timeline;
    private final StaffNotifications notifications;

    RecordRepeatMaterialDecision(Cases cases, CaseTimeline timeline, StaffNotifications notifications) {
        this.cases = cases;
        this.timeline = timeline;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        Complaint complaint = cases.get(input.businessKey());
        boolean approved = input.yesNo(Var.MATERIAL_REPEAT_APPROVED, "approved");
        String comment = approved
                ? input.text(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT)
                : input.requiredText(Var.COMMENT, "comment", RecordSignFor.MAX_TEXT);
        if (approved) {
            timeline.record(complaint, CaseEventType.MATERIAL_REPEAT_APPROVED, comment, null);
            return;
        }
        task.getExecution().removeVariable(MaterialRequests.NOTE);
        timeline.record(complaint, CaseEventType.MATERIAL_REPEAT_REFUSED, comment, null);
        notifications.notifyUnit(
                complaint.getCurrentBureau(),
                List.of(Role.HANDLER),
                complaint.getId(),
                CaseEventType.MATERIAL_REPEAT_REFUSED.name(),
                "notification." + CaseEventType.MATERIAL_REPEAT_REFUSED.name(),
                complaint.getTrackingNumber(),
                comment);
    }
}
