package org.xinfang.petition.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.LoginAttempts;

/** Feeds the lock-out from Spring Security's login outcomes (HTTP Basic and the browser form alike). */
@Component
class LoginAuditing {

  private final LoginAttempts attempts;

  LoginAuditing(LoginAttempts attempts) {
    this.attempts = attempts;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    attempts.failed(event.getAuthentication().getName());
  }

  /** Only a success after failures writes: a stateless API authenticates on every request. */
  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff && staff.failedLogins() > 0) {
      attempts.succeeded(staff.username());
    }
  }
}
