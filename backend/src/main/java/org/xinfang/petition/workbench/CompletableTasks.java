package org.xinfang.petition.workbench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.xinfang.petition.security.StaffPrincipal;

/**
 * The open user tasks (by task definition key) of every process that follows a record under its tracking number, a
 * complaint's or a consultation's, that a staff member holds or may claim: what decides which actions are offered.
 */
@Component
class CompletableTasks {

    private final TaskService tasks;

    CompletableTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    Set<String> of(String trackingNumber, StaffPrincipal staff) {
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
