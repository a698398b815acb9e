package org.xinfang.petition.security;

import java.util.function.Supplier;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work as a given staff member outside an HTTP request (demo data, tests): the same security context and
 * engine authentication that an authenticated API request gets.
 */
@Component
public class ActingAs {

    private final StaffUserDetailsService users;
    private final IdentityService identityService;

    ActingAs(StaffUserDetailsService users, @Lazy IdentityService identityService) {
        this.users = users;
        this.identityService = identityService;
    }

    public <T> T call(String username, Supplier<T> work) {
        StaffPrincipal staff = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        identityService.setAuthentication(new ApiEngineAuthentication(staff));
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
            SecurityContextHolder.clearContext();
        }
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
