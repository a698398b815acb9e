package org.xinfang.petition.consultation;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.consultation.ConsultationProcess.Var;

/**
 * 指定答复部门 (userTask_route, on complete): the petition office names the department, which must be a
 * public-security bureau; the answer clock then starts there.
 */
@Component("recordConsultationRouting")
class RecordConsultationRouting implements TaskListener {

    private final Departments departments;

    RecordConsultationRouting(Departments departments) {
        this.departments = departments;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(
                Var.DEPARTMENT,
                departments
                        .require(task.getVariable(Var.DEPARTMENT), Var.DEPARTMENT)
                        .getCode());
    }
}
