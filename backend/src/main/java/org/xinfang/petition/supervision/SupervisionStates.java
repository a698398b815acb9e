package org.xinfang.petition.supervision;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.runtime.VariableInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.supervision.BoardRow.SupervisionState;
import org.xinfang.petition.supervision.SupervisionProcess.Step;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/**
 * Where the running supervisions of a page of cases stand, read from the engine in three queries for the whole
 * page: a running supervision always waits in one of its two user tasks.
 */
@Component
class SupervisionStates {

    private final TaskService tasks;
    private final RuntimeService runtime;

    SupervisionStates(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** By tracking number; cases without a running supervision are absent. */
    Map<String, SupervisionState> of(List<Complaint> cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        List<Task> waiting = tasks.createTaskQuery()
                .processDefinitionKey(SupervisionProcess.KEY)
                .processInstanceBusinessKeyIn(
                        cases.stream().map(Complaint::getTrackingNumber).toArray(String[]::new))
                .list();
        if (waiting.isEmpty()) {
            return Map.of();
        }
        String[] instances = waiting.stream().map(Task::getProcessInstanceId).toArray(String[]::new);
        Map<String, String> numbers =
                runtime.createProcessInstanceQuery().processInstanceIds(Set.of(instances)).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, Object> levels =
                runtime
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(instances)
                        .variableName(Var.LEVEL)
                        .list()
                        .stream()
                        .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue));
        return waiting.stream()
                .collect(Collectors.toMap(
                        task -> numbers.get(task.getProcessInstanceId()),
                        task -> new SupervisionState(
                                (String) levels.get(task.getProcessInstanceId()),
                                step(task.getTaskDefinitionKey()),
                                task.getDueDate() == null
                                        ? null
                                        : task.getDueDate().toInstant())));
    }

    private static Step step(String taskKey) {
        return Step.ISSUE_ORDER.taskKey().equals(taskKey) ? Step.ISSUE_ORDER : Step.ANSWER_ORDER;
    }
}
