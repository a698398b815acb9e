package org.xinfang.petition.process;

import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.delegate.Expression;
import org.operaton.bpm.engine.impl.TaskQueryImpl;
import org.operaton.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.operaton.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.impl.persistence.entity.TaskEntity;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * The one gate every act on a user task passes, whichever door it came through (our API, Tasklist, the engine's
 * REST API, a page): checked inside the engine's command, so in the transaction that changes the task. The acting
 * user must be a staff member who may see the record the task belongs to (else 404, as for an unknown record),
 * be its assignee or, while nobody has it, one of its candidates (403; 409 once someone else has it), and submit
 * only the fields the task's form declares, with their types and rules (400 naming the field). A task that is no
 * longer open answers 409 to whoever could have seen it.
 */
@Component
class TaskGate {

    private final TaskForms forms;
    private final CurrentStaff currentStaff;
    private final ObjectProvider<TaskRecords> records;

    TaskGate(TaskForms forms, CurrentStaff currentStaff, ObjectProvider<TaskRecords> records) {
        this.forms = forms;
        this.currentStaff = currentStaff;
        this.records = records;
    }

    /** Completing a task, submitting its form or resolving a delegated one, with what the user entered. */
    void checkCompletion(CommandContext context, String taskId, Map<String, Object> input, String userId) {
        OpenTask task = mayWorkOn(context, taskId, userId);
        if (input != null) {
            forms.of(task.formId()).check(input, task.entity()::getVariable);
        }
    }

    /** Claiming a task for oneself, or giving back (unclaiming, {@code claimant} null) one's own. */
    void checkClaim(CommandContext context, String taskId, String claimant, String userId) {
        if (claimant == null) {
            checkGiveBack(context, taskId, userId);
            return;
        }
        if (!claimant.equals(userId)) {
            throw PetitionException.forbidden("task.claim-for-oneself");
        }
        mayWorkOn(context, taskId, userId);
    }

    /**
     * Handing a task to someone else (assigning, delegating): the one who has it, a candidate while nobody has it,
     * or an administrator may hand it on, and only to another of its candidates who may see the record.
     */
    void checkHandover(CommandContext context, String taskId, String newAssignee, String userId) {
        if (newAssignee == null) {
            checkGiveBack(context, taskId, userId);
            return;
        }
        StaffPrincipal actor = staff(userId);
        OpenTask task = open(context, taskId, actor);
        if (!actor.hasRole(Role.ADMIN)) {
            checkMayAct(context, task, actor);
        }
        StaffPrincipal receiver = currentStaff
                .acting(newAssignee)
                .orElseThrow(() -> PetitionException.invalid("userId", "constraint.not-a-candidate"));
        if (!sees(task.records(), receiver, task.businessKey()) || !isCandidate(task.entity(), receiver)) {
            throw PetitionException.invalid("userId", "constraint.not-a-candidate");
        }
    }

    /**
     * Reading a task in the webapps (its form, variables, candidates): to whoever may not act on it, it is no task
     * at all, the same answer as for a task id that never existed.
     */
    void checkRead(CommandContext context, String taskId, String userId) {
        StaffPrincipal actor = staff(userId);
        OpenTask task = open(context, taskId, actor);
        if (!actor.username().equals(task.entity().getAssignee()) && !isCandidate(task.entity(), actor)) {
            throw PetitionException.notFound("task.not-found");
        }
    }

    /** The due date, candidates, name, owner and variables of a task come from the model and our records. */
    static PetitionException changeRefused() {
        return PetitionException.forbidden("task.change-not-allowed");
    }

    /** One gives back one's own task; an administrator may take a task off whoever has it (away, on leave). */
    private void checkGiveBack(CommandContext context, String taskId, String userId) {
        StaffPrincipal actor = staff(userId);
        OpenTask task = open(context, taskId, actor);
        if (!actor.hasRole(Role.ADMIN)) {
            checkMayAct(context, task, actor);
        }
    }

    private OpenTask mayWorkOn(CommandContext context, String taskId, String userId) {
        StaffPrincipal actor = staff(userId);
        OpenTask task = open(context, taskId, actor);
        checkMayAct(context, task, actor);
        return task;
    }

    /**
     * Its assignee, or a candidate while nobody has it. Who else has it is told only to those who could act on it;
     * a task that vanished while this was read (its winner committed) is no longer open.
     */
    private void checkMayAct(CommandContext context, OpenTask task, StaffPrincipal actor) {
        String assignee = task.entity().getAssignee();
        if (actor.username().equals(assignee)) {
            return;
        }
        if (!isCandidate(task.entity(), actor)) {
            if (!stillOpen(context, task.entity().getId())) {
                throw PetitionException.conflict("task.done");
            }
            throw PetitionException.forbidden("case.not-candidate", task.businessKey());
        }
        if (assignee != null) {
            throw PetitionException.conflict("task.claimed-by-other");
        }
    }

    /** The task, open and belonging to a record the actor may see. */
    private OpenTask open(CommandContext context, String taskId, StaffPrincipal actor) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw noLongerOpen(context, taskId, actor);
        }
        if (task.getProcessInstanceId() == null) {
            // A task of no process belongs to no record: nobody's work here.
            throw PetitionException.forbidden("access-denied");
        }
        ExecutionEntity instance = task.getProcessInstance();
        if (instance == null) {
            throw PetitionException.conflict("task.done");
        }
        TaskRecords owner = recordsOf(task.getProcessDefinition().getKey());
        checkSees(owner, actor, instance.getBusinessKey());
        ExecutionEntity execution = task.getExecution();
        if (execution == null || !task.getTaskDefinitionKey().equals(execution.getActivityId())) {
            // Read while another request completed it: the case has moved on under this one.
            throw PetitionException.conflict("task.done");
        }
        Expression form = task.getTaskDefinition() == null
                ? null
                : task.getTaskDefinition().getOperatonFormDefinitionKey();
        String formId = form == null ? null : form.getExpressionText();
        return new OpenTask(task, instance.getBusinessKey(), owner, formId);
    }

    /** 409 for a task that was open and is done, to whoever may see its record; else 404 as for no task at all. */
    private PetitionException noLongerOpen(CommandContext context, String taskId, StaffPrincipal actor) {
        HistoricTaskInstanceEventEntity done =
                taskId == null ? null : context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        if (done != null && done.getProcessInstanceId() != null) {
            HistoricProcessInstanceEventEntity instance = context.getHistoricProcessInstanceManager()
                    .findHistoricProcessInstance(done.getProcessInstanceId());
            if (instance != null) {
                checkSees(recordsOf(done.getProcessDefinitionKey()), actor, instance.getBusinessKey());
                return PetitionException.conflict("task.done");
            }
        }
        return PetitionException.notFound("task.not-found");
    }

    /**
     * A task of a record the actor may not see is, to them, no task at all: the answer names neither the record nor
     * its number, which the caller of a task id need not know.
     */
    private static void checkSees(TaskRecords owner, StaffPrincipal actor, String businessKey) {
        if (!sees(owner, actor, businessKey)) {
            throw PetitionException.notFound("task.not-found");
        }
    }

    private static boolean sees(TaskRecords owner, StaffPrincipal staff, String businessKey) {
        try {
            owner.checkCanView(staff, businessKey);
            return true;
        } catch (PetitionException outOfScope) {
            return false;
        }
    }

    /** Whether a task is still open, as the database has it now (not as this command read it earlier). */
    static boolean stillOpen(CommandContext context, String taskId) {
        TaskQueryImpl query = new TaskQueryImpl();
        query.taskId(taskId);
        return context.runWithoutAuthorization(() -> context.getTaskManager().findTaskCountByQueryCriteria(query)) > 0;
    }

    private static boolean isCandidate(TaskEntity task, StaffPrincipal staff) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> link.getGroupId() != null
                        ? staff.engineGroups().contains(link.getGroupId())
                        : staff.username().equals(link.getUserId()));
    }

    private StaffPrincipal staff(String userId) {
        return currentStaff.acting(userId).orElseThrow(() -> PetitionException.forbidden("access-denied"));
    }

    private TaskRecords recordsOf(String processKey) {
        List<TaskRecords> owners = records.orderedStream()
                .filter(r -> r.processKeys().contains(processKey))
                .toList();
        if (owners.size() != 1) {
            throw PetitionException.forbidden("access-denied");
        }
        return owners.get(0);
    }

    /** An open task with the record it belongs to and the form it takes. */
    private record OpenTask(TaskEntity entity, String businessKey, TaskRecords records, String formId) {}
}
