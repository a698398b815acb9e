package org.xinfang.petition.process;

import java.util.Map;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.exception.NullValueException;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.operaton.bpm.engine.task.Task;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;

/**
 * The one way our API acts on a case's user task: find the case's open task of the stage, check that the acting
 * user is its assignee or among its candidate groups (the model decides who may act), claim it and complete it.
 * Refused: 404 for a case outside the user's scope (as for an unknown one), 403 for a user who may see the case
 * but not act on it, 409 when someone else has claimed it or it is no longer open.
 * What completing means for the case (validation, records, timeline) is the task's completion listener's job, so
 * the engine's Tasklist and our API behave the same.
 */
@Service
public class CaseTasks {

  private final Cases cases;
  private final TaskService tasks;
  private final IdentityService identity;
  private final CurrentStaff currentStaff;
  private final CaseScopes scopes;

  CaseTasks(Cases cases, TaskService tasks, IdentityService identity, CurrentStaff currentStaff, CaseScopes scopes) {
    this.cases = cases;
    this.tasks = tasks;
    this.identity = identity;
    this.currentStaff = currentStaff;
    this.scopes = scopes;
  }

  public void complete(String trackingNumber, Stage stage, Map<String, Object> variables) {
    complete(ComplaintProcess.KEY, trackingNumber, stage.taskKey(), stage.label(), variables);
  }

  /**
   * The same for a user task of another process that follows the case under its tracking number (supervision);
   * {@code label} names the step when the case is not waiting for it.
   */
  public void complete(String processKey, String trackingNumber, String taskKey, MessageSourceResolvable label,
      Map<String, Object> variables) {
    Complaint complaint = cases.get(trackingNumber);
    // A case outside the actor's scope answers like an unknown one, before anything about its tasks is told; the
    // officer a complaint is about is never in its scope, whatever the groups say.
    currentStaff.find().ifPresent(staff -> scopes.checkCanView(staff, complaint));
    completeTask(processKey, trackingNumber, taskKey, label, variables);
  }

  /**
   * The same for a user task of any process that follows its own record under a business key (a consultation):
   * the caller has found the record, so an unknown key is its 404, not a complaint's.
   */
  public void completeTask(String processKey, String trackingNumber, String taskKey, MessageSourceResolvable label,
      Map<String, Object> variables) {
    Task task = tasks.createTaskQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(taskKey)
        .active()
        .singleResult();
    if (task == null) {
      throw PetitionException.conflict("case.not-at-stage", trackingNumber, label);
    }
    Authentication actor = identity.getCurrentAuthentication();
    boolean assignedToActor = actor != null && task.getAssignee() != null
        && task.getAssignee().equals(actor.getUserId());
    // Forbidden before claimed: someone who may not act learns nothing of who else is working on the case.
    if (!assignedToActor && !isCandidate(task, actor)) {
      throw PetitionException.forbidden("case.not-candidate", trackingNumber);
    }
    if (task.getAssignee() != null && !assignedToActor) {
      throw PetitionException.conflict("task.claimed-by-other");
    }
    try {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), actor.getUserId());
      }
      tasks.complete(task.getId(), variables);
    } catch (NullValueException e) {
      // Another request completed the task between our query and now: this one comes too late.
      if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
        throw PetitionException.conflict("case.not-at-stage", trackingNumber, label);
      }
      throw e;
    } catch (ProcessEngineException e) {
      throw refusalIn(e);
    }
  }

  /**
   * The engine wraps whatever a task listener throws (twice over), so a listener's refusal of bad input would
   * reach the caller as an engine failure. In-process callers and the API must see the refusal itself.
   */
  private static RuntimeException refusalIn(ProcessEngineException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof PetitionException refusal) {
        return refusal;
      }
    }
    return e;
  }

  private boolean isCandidate(Task task, Authentication actor) {
    return actor != null && actor.getGroupIds() != null && !actor.getGroupIds().isEmpty()
        && tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroupIn(actor.getGroupIds())
            .includeAssignedTasks().count() == 1;
  }
}
