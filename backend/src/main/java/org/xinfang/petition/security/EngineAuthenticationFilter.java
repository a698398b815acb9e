package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who is acting for the length of a request, so that task listeners record the right actor, the
 * task gate judges them, and Cockpit's operation log names the user. For our API the engine skips its own
 * authorization checks ({@link ApiEngineAuthentication}): the API scopes what it reads and does; for /engine-rest
 * it checks them, as for the webapps.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final CurrentStaff currentStaff;
    private final IdentityService identityService;
    private final Function<StaffPrincipal, Authentication> authentication;

    private EngineAuthenticationFilter(
            CurrentStaff currentStaff,
            IdentityService identityService,
            Function<StaffPrincipal, Authentication> authentication) {
        this.currentStaff = currentStaff;
        this.identityService = identityService;
        this.authentication = authentication;
    }

    /** Our API: the engine knows the actor, and leaves the scoping to the API. */
    static EngineAuthenticationFilter forOurApi(CurrentStaff currentStaff, IdentityService identityService) {
        return new EngineAuthenticationFilter(currentStaff, identityService, ApiEngineAuthentication::new);
    }

    /** The engine's own REST API: the engine knows the actor and checks its grants, as in the webapps. */
    static EngineAuthenticationFilter forEngineRest(CurrentStaff currentStaff, IdentityService identityService) {
        return new EngineAuthenticationFilter(
                currentStaff,
                identityService,
                staff -> new Authentication(staff.username(), List.copyOf(staff.engineGroups())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var staff = currentStaff.find();
        if (staff.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(authentication.apply(staff.get()));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
