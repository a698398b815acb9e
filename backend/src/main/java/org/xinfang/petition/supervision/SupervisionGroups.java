package org.xinfang.petition.supervision;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Role;

/**
 * Who the supervision model offers its tasks to ({@code camunda:candidateGroups="${supervisionGroups…}"}), worked out
 * from the chain and the case record, never from a variable a user could send along with a form.
 */
@Component("supervisionGroups")
public class SupervisionGroups {

    private final SupervisionLevels levels;
    private final Cases cases;

    SupervisionGroups(SupervisionLevels levels, Cases cases) {
        this.levels = levels;
        this.cases = cases;
    }

    /**
     * Who issues an order: the inspectors of the chain's level; the discipline inspectors of the supervised unit and
     * every unit above it, when the case is about conduct (their scope); the petition office's leader, unless the
     * office itself is supervised.
     */
    public List<String> issuing(DelegateExecution execution) {
        SupervisionChain chain = SupervisionChain.of(execution);
        OrgUnit supervised = levels.unit(chain.bureau());
        List<String> groups = new ArrayList<>();
        groups.add(Role.INSPECTOR.groupIdIn(chain.level()));
        if (cases.get(execution.getProcessBusinessKey()).concernsConduct()) {
            for (OrgUnit unit = supervised; unit != null; unit = unit.getParent()) {
                groups.add(Role.DISCIPLINE_INSPECTOR.groupIdIn(unit.getCode()));
            }
        }
        if (OfficeSupervision.mayIssueTo(supervised)) {
            groups.add(Role.OFFICE_LEADER.groupId());
        }
        return groups;
    }

    /**
     * Who answers an order: those who work the supervised unit's cases, a bureau's handlers and leaders or the
     * petition office's clerks.
     */
    public List<String> answering(DelegateExecution execution) {
        OrgUnit supervised = levels.unit(SupervisionChain.of(execution).bureau());
        return supervised.caseworkers().stream()
                .map(role -> role.groupIdIn(supervised.getCode()))
                .toList();
    }
}
