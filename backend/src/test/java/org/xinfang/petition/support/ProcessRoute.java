package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.task.Task;

/**
 * The route a case's process instance took through {@code complaint-handling} (or another process that follows
 * a record under its business key), read from the engine's history,
 * and where it waits now. "Passed" means the activity was entered and left; "not passed" means it was never
 * entered at all, so a test can tell a branch that was taken from one that was only considered.
 */
public final class ProcessRoute {

    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final String trackingNumber;
    private final String processInstanceId;

    ProcessRoute(
            HistoryService history,
            RuntimeService runtime,
            TaskService tasks,
            String processKey,
            String trackingNumber) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.trackingNumber = trackingNumber;
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        assertThat(instance)
                .as("the process instance of case %s", trackingNumber)
                .isNotNull();
        this.processInstanceId = instance.getId();
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public ProcessRoute hasPassed(String... activityIds) {
        assertThat(passed()).as("activities case %s has passed", trackingNumber).contains(activityIds);
        return this;
    }

    /** Entered and left exactly this many times, e.g. a task done again after a return or a rejection. */
    public ProcessRoute hasPassed(String activityId, int times) {
        assertThat(passed())
                .as("times case %s has passed %s", trackingNumber, activityId)
                .filteredOn(activityId::equals)
                .hasSize(times);
        return this;
    }

    public ProcessRoute hasNotPassed(String... activityIds) {
        assertThat(entered())
                .as("activities case %s has entered", trackingNumber)
                .doesNotContain(activityIds);
        return this;
    }

    /** Still running and waiting exactly at these activities. */
    public ProcessRoute isWaitingAt(String... activityIds) {
        assertThat(ended()).as("case %s has ended", trackingNumber).isFalse();
        assertThat(runtime.getActiveActivityIds(processInstanceId))
                .as("where case %s waits", trackingNumber)
                .containsExactlyInAnyOrder(activityIds);
        return this;
    }

    public ProcessRoute isEndedAt(String endEventId) {
        assertThat(ended()).as("case %s has ended", trackingNumber).isTrue();
        return hasPassed(endEventId);
    }

    /** The open task of a stage, for its due date and candidates. */
    public Task openTask(String taskKey) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("open task %s of case %s", taskKey, trackingNumber).isNotNull();
        return task;
    }

    private boolean ended() {
        return history.createHistoricProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .singleResult()
                        .getEndTime()
                != null;
    }

    private List<String> passed() {
        return activityIds(history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .list());
    }

    private List<String> entered() {
        return activityIds(history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .list());
    }

    private static List<String> activityIds(List<HistoricActivityInstance> instances) {
        return instances.stream().map(HistoricActivityInstance::getActivityId).toList();
    }
}
