package org.xinfang.petition.workbench;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.xinfang.petition.caseview.CaseQueries;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;

/**
 * Which actions the signed-in user may take on a case now: the case as they may see it (out of their scope it is
 * unknown, as in the API), and the open tasks of every process that follows it under its tracking number that they
 * hold or are a candidate for.
 */
@Component
class CaseActions {

    private final List<CaseAction> actions;
    private final CaseQueries cases;
    private final TaskService tasks;
    private final CurrentStaff currentStaff;

    CaseActions(List<CaseAction> actions, CaseQueries cases, TaskService tasks, CurrentStaff currentStaff) {
        this.actions = List.copyOf(actions);
        this.cases = cases;
        this.tasks = tasks;
        this.currentStaff = currentStaff;
    }

    /** The case in front of the signed-in user; unknown (404) when it is outside their scope. */
    CaseAtHand atHand(String trackingNumber) {
        StaffPrincipal staff = currentStaff.get();
        return new CaseAtHand(cases.detail(trackingNumber), staff, completableTasks(trackingNumber, staff));
    }

    /** The actions offered on the case, in the order they are declared. */
    List<CaseAction> offeredOn(CaseAtHand at) {
        return actions.stream().filter(action -> action.offeredOn(at)).toList();
    }

    Optional<CaseAction> named(String key) {
        return actions.stream().filter(action -> action.key().equals(key)).findFirst();
    }

    private Set<String> completableTasks(String trackingNumber, StaffPrincipal staff) {
        return tasks
                .createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .active()
                .or()
                .taskAssignee(staff.username())
                .taskCandidateGroupIn(List.copyOf(staff.engineGroups()))
                .endOr()
                .list()
                .stream()
                .filter(task -> task.getAssignee() == null || task.getAssignee().equals(staff.username()))
                .map(Task::getTaskDefinitionKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
