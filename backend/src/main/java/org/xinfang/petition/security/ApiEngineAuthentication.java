package org.xinfang.petition.security;

import java.util.List;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * The engine authentication of a staff member acting through our API (or {@link ActingAs}): the engine knows who
 * acts, for task listeners, candidate groups and the operation log, but skips its own authorization checks
 * ({@link ApiAuthorizationBypass}), since our API scopes every read and act itself. The webapps and the engine's
 * REST API set a plain {@link Authentication}, and the engine checks those.
 */
public final class ApiEngineAuthentication extends Authentication {

    ApiEngineAuthentication(StaffPrincipal staff) {
        super(staff.username(), List.copyOf(staff.engineGroups()));
    }
}
