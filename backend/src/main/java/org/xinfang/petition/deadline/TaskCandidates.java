package org.xinfang.petition.deadline;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Whom a stage's open tasks wait for, as the model offered them: their candidate groups. */
@Component
class TaskCandidates {

    private final TaskService tasks;

    TaskCandidates(@Lazy TaskService tasks) {
        this.tasks = tasks;
    }

    Set<String> of(String processInstanceId, Collection<String> taskKeys) {
        Set<String> groups = new LinkedHashSet<>();
        for (Task task : tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(taskKeys.toArray(String[]::new))
                .list()) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        return groups;
    }
}
