package org.xinfang.petition.supervision;

import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.OrgUnit;

/**
 * Who the supervision model offers the answer to an order ({@code camunda:candidateGroups="${supervisionGroups…}"}):
 * those who work the supervised unit's cases, a bureau's handlers and leaders or the petition office's clerks.
 */
@Component("supervisionGroups")
public class SupervisionGroups {

    private final SupervisionLevels levels;

    SupervisionGroups(SupervisionLevels levels) {
        this.levels = levels;
    }

    public List<String> answering(DelegateExecution execution) {
        OrgUnit supervised = levels.unit(SupervisionChain.of(execution).bureau());
        return supervised.caseworkers().stream()
                .map(role -> role.groupIdIn(supervised.getCode()))
                .toList();
    }
}
