package org.xinfang.petition.organization;

import org.operaton.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.operaton.bpm.engine.impl.interceptor.Session;
import org.operaton.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Opens a {@link StaffIdentityProvider} for each engine command. Its session type is the read-only provider alone,
 * so the engine reports its identity service as read-only and refuses to create users or groups of its own.
 */
class StaffIdentityProviderFactory implements SessionFactory {

    private final StaffDirectory directory;
    private final EngineGroups groups;

    StaffIdentityProviderFactory(StaffDirectory directory, EngineGroups groups) {
        this.directory = directory;
        this.groups = groups;
    }

    @Override
    public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
    }

    @Override
    public Session openSession() {
        return new StaffIdentityProvider(directory, groups);
    }
}
