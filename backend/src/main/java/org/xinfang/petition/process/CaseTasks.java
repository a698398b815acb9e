package org.xinfang.petition.process;

import java.util.Map;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.Problems;

/**
 * The one way our API acts on a case's user task: find the case's open task of the stage, claim it and complete
 * it; the engine's {@link TaskGate} checks the acting user and their input on the way, as for every door.
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
    public void complete(
            String processKey,
            String trackingNumber,
            String taskKey,
            MessageSourceResolvable label,
            Map<String, Object> variables) {
        Complaint complaint = cases.get(trackingNumber);
        // A case outside the actor's scope answers like an unknown one, before anything about its tasks is told; the
        // officer a complaint is about is never in its scope, whatever the groups say.
        currentStaff.find().ifPresent(staff -> scopes.checkCanView(staff, complaint));
        completeTask(processKey, trackingNumber, taskKey, label, variables);
    }

    /**
     * The same for a user task of any process that follows its own record under a business key (a consultation):
     * the caller has found the record, so an unknown key is its 404, not a complaint's. Who may act, and with what
     * input, is the {@link TaskGate}'s to judge as the task is claimed and completed, as for every other door.
     */
    public void completeTask(
            String processKey,
            String trackingNumber,
            String taskKey,
            MessageSourceResolvable label,
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
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), identity.getCurrentAuthentication().getUserId());
            }
            tasks.complete(task.getId(), variables);
        } catch (ProcessEngineException e) {
            throw Problems.refusalIn(e).map(RuntimeException.class::cast).orElse(e);
        }
    }
}
