package org.xinfang.petition.consultation;

import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Role;

/**
 * Who the consultation model offers its department's tasks to, worked out from the consultation record (the
 * department it is routed to), never from a process variable a user could send with a form.
 */
@Component("consultationGroups")
public class ConsultationGroups {

    private final Consultations consultations;

    ConsultationGroups(Consultations consultations) {
        this.consultations = consultations;
    }

    public List<String> departmentHandlers(DelegateExecution execution) {
        return List.of(Role.HANDLER.groupIdIn(departmentOf(execution).getCode()));
    }

    public List<String> departmentLeaders(DelegateExecution execution) {
        return List.of(Role.BUREAU_LEADER.groupIdIn(departmentOf(execution).getCode()));
    }

    private OrgUnit departmentOf(DelegateExecution execution) {
        OrgUnit department =
                consultations.get(execution.getProcessBusinessKey()).getDepartment();
        if (department == null) {
            throw new IllegalStateException("Consultation " + execution.getProcessBusinessKey() + " has no department");
        }
        return department;
    }
}
