package org.xinfang.petition.security;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.interceptor.Command;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * With the engine's authorizations on, the engine filters and refuses what Cockpit, Tasklist, Admin and
 * /engine-rest users may see and do. Our API's engine commands skip those checks: the API scopes every case
 * itself (caseview, CaseTasks, the modules' access checks), and its actors hold no engine grants beyond Tasklist's.
 * Recognised by the authentication our API sets ({@link ApiEngineAuthentication}); work without any authentication
 * (the job executor, start-up) is never checked by the engine anyway.
 *
 * <p>Runs after the engine has opened the command context (a post-interceptor), in both command executors. The
 * context lives as long as its outermost command, whose authentication its nested commands share, so the checks
 * stay off for exactly that command.
 */
@Component
class ApiAuthorizationBypass extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                withBypass(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                withBypass(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withBypass(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(new Interceptor());
        return all;
    }

    private static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (context.getAuthentication() instanceof ApiEngineAuthentication) {
                context.disableAuthorizationCheck();
            }
            return next.execute(command);
        }
    }
}
