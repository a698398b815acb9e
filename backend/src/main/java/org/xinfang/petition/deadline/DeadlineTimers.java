package org.xinfang.petition.deadline;

import java.util.Date;
import java.util.function.BiConsumer;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.JobQueryImpl;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.JobEntity;
import org.operaton.bpm.engine.impl.persistence.entity.SuspensionState;
import org.operaton.bpm.engine.impl.persistence.entity.TaskEntity;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine in step with a deadline record: the stage's own warning and overdue timers (moved, stopped
 * and started again, never duplicated), the variables they were created from, and the due dates of the stage's
 * tasks. The timers are changed as job entities in one engine command: the engine's bulk suspension update
 * would clash with a due-date change of the same job within one transaction.
 */
@Component
class DeadlineTimers {

    private final ProcessEngineConfigurationImpl engine;
    private final RuntimeService runtime;

    DeadlineTimers(@Lazy ProcessEngineConfigurationImpl engine, @Lazy RuntimeService runtime) {
        this.engine = engine;
        this.runtime = runtime;
    }

    void retime(CaseDeadline deadline) {
        DeadlineStage stage = deadline.getStage();
        onTimers(
                deadline,
                (timerId, job) -> job.setDuedate(
                        Date.from(timerId.equals(stage.warningTimer()) ? deadline.getWarnAt() : deadline.getDueAt())));
        if (stage.keepsItsMoments()) {
            runtime.setVariable(deadline.getProcessInstanceId(), stage.dueVariable(), Date.from(deadline.getDueAt()));
            runtime.setVariable(
                    deadline.getProcessInstanceId(), stage.warningVariable(), Date.from(deadline.getWarnAt()));
        }
        // In an engine command of our own: a task's due date is the deadline's, and no user door may change it.
        engine.getCommandExecutorTxRequired().execute(commandContext -> {
            for (TaskEntity task :
                    commandContext.getTaskManager().findTasksByProcessInstanceId(deadline.getProcessInstanceId())) {
                if (stage.taskKeys().contains(task.getTaskDefinitionKey())) {
                    task.setDueDate(Date.from(deadline.getDueAt()));
                    task.triggerUpdateEvent();
                }
            }
            return null;
        });
    }

    /** Stops the stage's timers: suspended jobs are not acquired by any node's job executor. */
    void suspend(CaseDeadline deadline) {
        onTimers(deadline, (timerId, job) -> job.setSuspensionState(SuspensionState.SUSPENDED.getStateCode()));
    }

    void activate(CaseDeadline deadline) {
        onTimers(deadline, (timerId, job) -> job.setSuspensionState(SuspensionState.ACTIVE.getStateCode()));
    }

    private void onTimers(CaseDeadline deadline, BiConsumer<String, JobEntity> change) {
        DeadlineStage stage = deadline.getStage();
        engine.getCommandExecutorTxRequired().execute(commandContext -> {
            for (String timerId : new String[] {stage.warningTimer(), stage.overdueTimer()}) {
                JobQueryImpl query = new JobQueryImpl();
                query.processInstanceId(deadline.getProcessInstanceId()).activityId(timerId);
                for (Job job : commandContext.getJobManager().findJobsByQueryCriteria(query, null)) {
                    change.accept(timerId, (JobEntity) job);
                }
            }
            return null;
        });
    }
}
