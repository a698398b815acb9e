package org.xinfang.petition.organization;

import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes our staff the engine's user directory, so the engine's IdentityService, and with it the logins of Cockpit,
 * Tasklist and Admin and the candidate groups of task queries, read the same users, passwords and groups as our
 * API. Staff are managed in our tables; the engine only reads them.
 *
 * <p>The Spring Boot starter applies every ProcessEnginePlugin bean while it builds the engine configuration, so
 * this plugin depends on repositories only and never on engine services, which would be a cycle.
 */
@Component
class StaffDirectoryPlugin extends AbstractProcessEnginePlugin {

    private final StaffDirectory directory;
    private final EngineGroups groups;

    StaffDirectoryPlugin(StaffDirectory directory, EngineGroups groups) {
        this.directory = directory;
        this.groups = groups;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new StaffIdentityProviderFactory(directory, groups));
    }
}
