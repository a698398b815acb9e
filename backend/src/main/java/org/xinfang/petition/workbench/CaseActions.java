package org.xinfang.petition.workbench;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinfang.petition.caseview.CaseQueries;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;

/**
 * Which actions the signed-in user may take on a case now: the case as they may see it (out of their scope it is
 * unknown, as in the API), and the open tasks they may complete ({@link CompletableTasks}).
 */
@Component
class CaseActions {

    private final List<CaseAction> actions;
    private final CaseQueries cases;
    private final CompletableTasks tasks;
    private final CurrentStaff currentStaff;

    CaseActions(List<CaseAction> actions, CaseQueries cases, CompletableTasks tasks, CurrentStaff currentStaff) {
        this.actions = List.copyOf(actions);
        this.cases = cases;
        this.tasks = tasks;
        this.currentStaff = currentStaff;
    }

    /** The case in front of the signed-in user; unknown (404) when it is outside their scope. */
    CaseAtHand atHand(String trackingNumber) {
        StaffPrincipal staff = currentStaff.get();
        return new CaseAtHand(cases.detail(trackingNumber), staff, tasks.of(trackingNumber, staff));
    }

    /** The actions offered on the case, in the order they are declared. */
    List<CaseAction> offeredOn(CaseAtHand at) {
        return actions.stream().filter(action -> action.offeredOn(at)).toList();
    }

    Optional<CaseAction> named(String key) {
        return actions.stream().filter(action -> action.key().equals(key)).findFirst();
    }
}
