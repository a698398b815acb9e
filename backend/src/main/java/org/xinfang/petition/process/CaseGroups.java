package org.xinfang.petition.process;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Role;

/**
 * Who the models offer a case's tasks to ({@code camunda:candidateGroups="${caseGroups.…(execution)}"}), worked out
 * from the case record: the bureau it is dispatched to, and the units above that bureau. Never from a process
 * variable, which a user completing a task could otherwise send along with the form.
 */
@Component("caseGroups")
public class CaseGroups {

    private final Cases cases;

    CaseGroups(Cases cases) {
        this.cases = cases;
    }

    /** The handlers and the leaders of the bureau the case is with. */
    public List<String> bureauStaff(DelegateExecution execution) {
        String bureau = bureauOf(execution).getCode();
        return List.of(Role.HANDLER.groupIdIn(bureau), Role.BUREAU_LEADER.groupIdIn(bureau));
    }

    /** The leaders of the bureau the case is with: they approve its replies and extensions. */
    public List<String> bureauLeaders(DelegateExecution execution) {
        return List.of(Role.BUREAU_LEADER.groupIdIn(bureauOf(execution).getCode()));
    }

    /** The handlers and the leaders of the higher body reviewing the case (复查 / 复核). */
    public List<String> reviewBody(DelegateExecution execution) {
        OrgUnit body = cases.get(execution.getProcessBusinessKey()).getReviewBody();
        if (body == null) {
            throw new IllegalStateException("Case " + execution.getProcessBusinessKey() + " has no reviewing body");
        }
        return List.of(Role.HANDLER.groupIdIn(body.getCode()), Role.BUREAU_LEADER.groupIdIn(body.getCode()));
    }

    /**
     * The inspectors whose scope holds the case: those of its bureau and of every unit above it (county, city,
     * province), as {@code CaseScopes} lets an inspector see their unit and everything below it.
     */
    public List<String> inspectors(DelegateExecution execution) {
        List<String> groups = new ArrayList<>();
        for (OrgUnit unit = bureauOf(execution); unit != null; unit = unit.getParent()) {
            groups.add(Role.INSPECTOR.groupIdIn(unit.getCode()));
        }
        return groups;
    }

    private OrgUnit bureauOf(DelegateExecution execution) {
        OrgUnit bureau = cases.get(execution.getProcessBusinessKey()).getCurrentBureau();
        if (bureau == null) {
            throw new IllegalStateException("Case " + execution.getProcessBusinessKey() + " is with no bureau");
        }
        return bureau;
    }
}
