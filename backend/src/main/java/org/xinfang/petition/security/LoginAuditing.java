package org.xinfang.petition.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.LoginAttempts;

/**
 * Feeds the lock-out from Spring Security's login outcomes (HTTP Basic, the browser form and the engine webapps
 * alike): a wrong password or an unknown user counts; the right password for a locked or disabled account is
 * refused and logged, but does not count.
 */
@Component
class LoginAuditing {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditing.class);

    private final LoginAttempts attempts;

    LoginAuditing(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            attempts.failed(event.getAuthentication().getName());
        } else {
            log.warn(
                    "Login refused for {}: {}",
                    event.getAuthentication().getName(),
                    event.getException().getClass().getSimpleName());
        }
    }

    /** Only a success after failures writes: a stateless API authenticates on every request. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff && staff.failedLogins() > 0) {
            attempts.succeeded(staff.username());
        }
    }
}
