package org.xinfang.petition.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.StaffLogins;

/**
 * The engine webapps' password check, made by the authentication manager of our API: the same provider
 * ({@link SecurityConfig#authenticationManager}), the same events for the lock-out and its log ({@link LoginAuditing}). A staff
 * member who must change their password ({@link PasswordChangeGate}) does so in the workbench or on our API first:
 * the webapps have no such page.
 */
@Component
class StaffLoginCheck implements StaffLogins {

    private final AuthenticationConfiguration configuration;
    private final DirectoryProperties directory;

    StaffLoginCheck(AuthenticationConfiguration configuration, DirectoryProperties directory) {
        this.configuration = configuration;
        this.directory = directory;
    }

    @Override
    public boolean directoryEnabled() {
        return directory.enabled();
    }

    @Override
    public boolean accepts(String username, String password) {
        try {
            Authentication login =
                    manager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            return !(login.getPrincipal() instanceof StaffPrincipal staff && staff.passwordChangeRequired());
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private AuthenticationManager manager() {
        try {
            return configuration.getAuthenticationManager();
        } catch (Exception e) {
            throw new IllegalStateException("The authentication manager cannot be built", e);
        }
    }
}
