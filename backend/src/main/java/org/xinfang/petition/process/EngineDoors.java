package org.xinfang.petition.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.operaton.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.operaton.bpm.engine.impl.GroupQueryImpl;
import org.operaton.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.operaton.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.operaton.bpm.engine.impl.TaskQueryImpl;
import org.operaton.bpm.engine.impl.TenantQueryImpl;
import org.operaton.bpm.engine.impl.UserOperationLogQueryImpl;
import org.operaton.bpm.engine.impl.UserQueryImpl;
import org.operaton.bpm.engine.impl.VariableInstanceQueryImpl;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.operaton.bpm.engine.impl.cmd.AssignTaskCmd;
import org.operaton.bpm.engine.impl.cmd.AuthorizationCheckCmd;
import org.operaton.bpm.engine.impl.cmd.CheckPassword;
import org.operaton.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.operaton.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.operaton.bpm.engine.impl.cmd.CreateGroupQueryCmd;
import org.operaton.bpm.engine.impl.cmd.CreateTaskCmd;
import org.operaton.bpm.engine.impl.cmd.CreateTenantQueryCmd;
import org.operaton.bpm.engine.impl.cmd.CreateUserQueryCmd;
import org.operaton.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.operaton.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.operaton.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.operaton.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.operaton.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.operaton.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.operaton.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.operaton.bpm.engine.impl.cmd.GetFilterCmd;
import org.operaton.bpm.engine.impl.cmd.GetFormKeyCmd;
import org.operaton.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.operaton.bpm.engine.impl.cmd.GetOperatonFormDefinitionCmd;
import org.operaton.bpm.engine.impl.cmd.GetRenderedTaskFormCmd;
import org.operaton.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.operaton.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.operaton.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.operaton.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.operaton.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.operaton.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.operaton.bpm.engine.impl.cmd.GetUserAccountCmd;
import org.operaton.bpm.engine.impl.cmd.GetUserInfoCmd;
import org.operaton.bpm.engine.impl.cmd.GetUserInfoKeysCmd;
import org.operaton.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.operaton.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.operaton.bpm.engine.impl.cmd.IsIdentityServiceReadOnlyCmd;
import org.operaton.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.operaton.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.operaton.bpm.engine.impl.cmd.SaveTaskCmd;
import org.operaton.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.operaton.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.filter.FilterQueryImpl;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.operaton.bpm.engine.impl.interceptor.Command;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.ApiEngineAuthentication;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.Problems;

/**
 * Every door into the engine (our API, Cockpit, Tasklist and Admin through their engine API, /engine-rest) runs
 * engine commands; this plugin stands at the engine's own door, so whatever a door does passes the same rules:
 * <ul>
 *   <li>every act on a user task (complete, submit its form, resolve, claim, unclaim, assign, delegate) passes the
 *       {@link TaskGate}, inside the command's transaction;</li>
 *   <li>nobody changes a task's due date, follow-up date, name, priority, owner, candidates or variables, deletes
 *       it, makes one, or throws a BPMN error or escalation from it: those come from the models and our records;</li>
 *   <li>in the webapps, staff other than administrators may read their tasks and act on them as above, and nothing
 *       else: no signals, messages, jobs, incidents, process instances, deployments.</li>
 * </ul>
 * Commands the engine runs inside another command, and those of no user (the job executor, start-up), are the
 * system's own. The outermost command's failure is kept for the door that asked ({@link EngineDoorFailure}).
 */
@Component
class EngineDoors extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineDoors.class);

    /** How deep in nested commands this thread is: 1 inside a door's own command. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** What staff other than administrators may run in the webapps, besides the acts on tasks the gate judges. */
    private static final Set<Class<?>> WEBAPP_READS = Set.of(
            TaskQueryImpl.class,
            FilterQueryImpl.class,
            GetFilterCmd.class,
            ExecuteFilterListCmd.class,
            ExecuteFilterListPageCmd.class,
            ExecuteFilterCountCmd.class,
            ExecuteFilterSingleResultCmd.class,
            GetOperatonFormDefinitionCmd.class,
            GetFormKeyCmd.class,
            VariableInstanceQueryImpl.class,
            UserOperationLogQueryImpl.class,
            HistoricTaskInstanceQueryImpl.class,
            UserQueryImpl.class,
            GroupQueryImpl.class,
            TenantQueryImpl.class,
            CreateUserQueryCmd.class,
            CreateGroupQueryCmd.class,
            CreateTenantQueryCmd.class,
            ProcessDefinitionQueryImpl.class,
            GetUserInfoCmd.class,
            GetUserInfoKeysCmd.class,
            GetUserAccountCmd.class,
            IsIdentityServiceReadOnlyCmd.class,
            AuthorizationCheckCmd.class,
            CheckPassword.class);

    /** Reads of one task in the webapps, by the field that names the task. */
    private static final Map<Class<?>, String> TASK_READS = Map.of(
            GetTaskFormCmd.class,
            "taskId",
            GetRenderedTaskFormCmd.class,
            "taskId",
            GetTaskFormVariablesCmd.class,
            "resourceId",
            GetDeployedTaskFormCmd.class,
            "taskId",
            GetTaskVariableCmd.class,
            "taskId",
            GetTaskVariableCmdTyped.class,
            "taskId",
            GetTaskVariablesCmd.class,
            "taskId",
            GetIdentityLinksForTaskCmd.class,
            "taskId",
            GetTaskCommentsCmd.class,
            "taskId");

    /** Acts on a task the gate judges. */
    private static final Set<Class<?>> TASK_WORK = Set.of(
            CompleteTaskCmd.class,
            SubmitTaskFormCmd.class,
            ClaimTaskCmd.class,
            AssignTaskCmd.class,
            DelegateTaskCmd.class);

    /** Commands that would change a task other than by working on it. */
    private static final Set<Class<?>> TASK_CHANGES = Set.of(
            AbstractSetTaskPropertyCmd.class,
            DeleteIdentityLinkCmd.class,
            SaveTaskCmd.class,
            CreateTaskCmd.class,
            SetTaskVariablesCmd.class,
            RemoveTaskVariablesCmd.class,
            PatchTaskVariablesCmd.class,
            DeleteTaskCmd.class,
            HandleTaskBpmnErrorCmd.class,
            HandleTaskEscalationCmd.class);

    private final ObjectProvider<TaskGate> gate;

    EngineDoors(ObjectProvider<TaskGate> gate) {
        this.gate = gate;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                with(configuration.getCustomPreCommandInterceptorsTxRequired(), new Outermost()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new Outermost()));
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired(), new Gatekeeper()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Gatekeeper()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor added) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(added);
        return all;
    }

    private void admit(Command<?> command, Authentication actor) {
        CommandContext context = Context.getCommandContext();
        String user = actor.getUserId();
        if (command instanceof CompleteTaskCmd) {
            gate.getObject().checkCompletion(context, taskId(command), CommandFields.input(command, "variables"), user);
        } else if (command instanceof SubmitTaskFormCmd) {
            gate.getObject()
                    .checkCompletion(context, taskId(command), CommandFields.input(command, "properties"), user);
        } else if (command instanceof ClaimTaskCmd) {
            gate.getObject().checkClaim(context, taskId(command), CommandFields.text(command, "userId"), user);
        } else if (command instanceof AssignTaskCmd || command instanceof DelegateTaskCmd) {
            gate.getObject().checkHandover(context, taskId(command), CommandFields.text(command, "userId"), user);
        } else if (TASK_CHANGES.stream().anyMatch(change -> change.isInstance(command))) {
            throw TaskGate.changeRefused();
        } else if (isWebappStaff(actor)) {
            admitWebappRead(command, context, user);
        }
    }

    private void admitWebappRead(Command<?> command, CommandContext context, String user) {
        String taskField = TASK_READS.get(command.getClass());
        if (taskField != null) {
            gate.getObject().checkRead(context, CommandFields.text(command, taskField), user);
        } else if (WEBAPP_READS.stream().noneMatch(read -> read.isInstance(command))) {
            log.debug("Refused {} to {} in the webapps", command.getClass().getSimpleName(), user);
            throw PetitionException.forbidden("access-denied");
        }
    }

    private static String taskId(Command<?> command) {
        return CommandFields.text(command, "taskId");
    }

    /** A webapp user other than an administrator; our API's own commands are scoped by the API. */
    private static boolean isWebappStaff(Authentication actor) {
        return !(actor instanceof ApiEngineAuthentication)
                && (actor.getGroupIds() == null || !actor.getGroupIds().contains(Role.ADMIN.groupId()));
    }

    /** Counts nesting, and keeps the failure of a door's own command for the door. */
    private static final class Outermost extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                if (depth[0] == 1) {
                    EngineDoorFailure.record(failure);
                }
                throw failure;
            } finally {
                depth[0]--;
            }
        }
    }

    /**
     * Admits or refuses a door's own command, once its command context (and transaction) is open. An act on a task
     * that fails for another reason than a refusal, because the task vanished under it (another request completed it
     * first and the engine then read the case as it is now), lost a race: 409, as any other loser.
     */
    private final class Gatekeeper extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            Authentication actor =
                    DEPTH.get()[0] == 1 ? Context.getCommandContext().getAuthentication() : null;
            if (actor == null || actor.getUserId() == null) {
                return next.execute(command);
            }
            admit(command, actor);
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                if (TASK_WORK.stream().anyMatch(work -> work.isInstance(command))
                        && Problems.refusalIn(failure).isEmpty()
                        && Problems.concurrentChangeIn(failure).isEmpty()
                        && !TaskGate.stillOpen(Context.getCommandContext(), taskId(command))) {
                    throw PetitionException.conflict("task.done");
                }
                throw failure;
            }
        }
    }
}
