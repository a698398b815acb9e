package org.xinfang.petition.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.stream.Stream;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine in step with a deadline record: the stage's own warning and overdue timers (moved, never
 * duplicated), the variables they were created from, and the due dates of the stage's tasks.
 */
@Component
class DeadlineTimers {

  private final ManagementService management;
  private final RuntimeService runtime;
  private final TaskService tasks;

  DeadlineTimers(@Lazy ManagementService management, @Lazy RuntimeService runtime, @Lazy TaskService tasks) {
    this.management = management;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  void retime(CaseDeadline deadline) {
    DeadlineStage stage = deadline.getStage();
    moveTimer(deadline, stage.warningTimer(), deadline.getWarnAt());
    moveTimer(deadline, stage.overdueTimer(), deadline.getDueAt());
    runtime.setVariable(deadline.getProcessInstanceId(), stage.dueVariable(), Date.from(deadline.getDueAt()));
    runtime.setVariable(deadline.getProcessInstanceId(), stage.warningVariable(), Date.from(deadline.getWarnAt()));
    tasks.createTaskQuery().processInstanceId(deadline.getProcessInstanceId())
        .taskDefinitionKeyIn(stage.taskKeys().toArray(String[]::new)).list()
        .forEach(task -> {
          task.setDueDate(Date.from(deadline.getDueAt()));
          tasks.saveTask(task);
        });
  }

  /** Stops the stage's timers: suspended jobs are not acquired by any node's job executor. */
  void suspend(CaseDeadline deadline) {
    timers(deadline).forEach(job -> management.suspendJobById(job.getId()));
  }

  void activate(CaseDeadline deadline) {
    timers(deadline).forEach(job -> management.activateJobById(job.getId()));
  }

  private void moveTimer(CaseDeadline deadline, String timerId, Instant at) {
    management.createJobQuery().processInstanceId(deadline.getProcessInstanceId()).activityId(timerId).list()
        .forEach(job -> management.setJobDuedate(job.getId(), Date.from(at)));
  }

  private Stream<Job> timers(CaseDeadline deadline) {
    DeadlineStage stage = deadline.getStage();
    return Stream.of(stage.warningTimer(), stage.overdueTimer())
        .flatMap(timerId -> management.createJobQuery().processInstanceId(deadline.getProcessInstanceId())
            .activityId(timerId).list().stream());
  }
}
