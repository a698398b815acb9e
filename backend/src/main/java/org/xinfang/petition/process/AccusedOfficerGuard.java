package org.xinfang.petition.process;

import java.util.Optional;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.shared.PetitionException;

/**
 * A case is never routed to the officer it is about: assigning or claiming any user task of a process that
 * follows the case (the complaint's own, supervision) to that officer is refused, in our API, the Tasklist and the
 * engine's REST API alike; and with the engine's authorizations on, the task is revoked from them, so Tasklist
 * does not show it to them although it is offered to their unit's group. The candidate groups stay the model's;
 * this only takes one person out of them.
 */
@Component
class AccusedOfficerGuard extends AbstractProcessEnginePlugin {

    private final Cases cases;

    AccusedOfficerGuard(Cases cases) {
        this.cases = cases;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.onEveryUserTask(configuration, (process, task) -> {
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, hideFromTheAccusedOfficer());
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, refuseTheAccusedOfficer());
        });
    }

    private TaskListener refuseTheAccusedOfficer() {
        return task -> {
            if (task.getAssignee() != null
                    && accusedOfficer(task).filter(task.getAssignee()::equals).isPresent()) {
                throw PetitionException.forbidden(
                        "case.not-candidate", task.getExecution().getProcessBusinessKey());
            }
        };
    }

    /** Whoever acts (a webapp user holds no grant on authorizations), the engine records the revocation. */
    private TaskListener hideFromTheAccusedOfficer() {
        return task -> {
            if (!Context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
                return;
            }
            accusedOfficer(task)
                    .ifPresent(officer -> Context.getCommandContext().runWithoutAuthorization(() -> {
                        AuthorizationService authorizations =
                                task.getProcessEngineServices().getAuthorizationService();
                        Authorization revoked = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
                        revoked.setUserId(officer);
                        revoked.setResource(Resources.TASK);
                        revoked.setResourceId(task.getId());
                        revoked.removePermission(Permissions.ALL);
                        return authorizations.saveAuthorization(revoked);
                    }));
        };
    }

    private Optional<String> accusedOfficer(DelegateTask task) {
        if (task.getExecution() == null) {
            // The case moved on while this request read the task: whoever completed it first has won.
            throw PetitionException.conflict("task.done");
        }
        String trackingNumber = task.getExecution().getProcessBusinessKey();
        return Optional.ofNullable(trackingNumber).flatMap(cases::find).map(Complaint::getAccusedOfficer);
    }
}
