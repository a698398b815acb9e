package org.xinfang.petition.security;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.LoginAttempts;
import org.xinfang.petition.organization.StaffUserRepository;

/**
 * Loads the staff member a login names, with the lock-out state of the moment; the login itself
 * ({@link SecurityConfig#staffLogin}) checks the password first and the account's state after.
 */
@Service
class StaffUserDetailsService {

  private final StaffUserRepository users;
  private final LoginAttempts attempts;

  StaffUserDetailsService(StaffUserRepository users, LoginAttempts attempts) {
    this.users = users;
    this.attempts = attempts;
  }

  /**
   * Joins the caller's transaction, the engine's for a webapp login: an unknown user must not mark it for
   * rollback, since the login answers the refusal and the engine's command goes on to commit.
   */
  @Transactional(readOnly = true, noRollbackFor = UsernameNotFoundException.class)
  public StaffPrincipal loadUserByUsername(String username) {
    return users.findByUsername(username)
        .map(user -> StaffPrincipal.of(user, attempts.isLocked(user)))
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }
}
