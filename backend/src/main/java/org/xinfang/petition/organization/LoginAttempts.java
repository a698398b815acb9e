package org.xinfang.petition.organization;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per staff member and locks the account after too many in a row, for our API, browser
 * sessions and the engine webapps alike. Failures are recorded in their own transaction: the login they belong to
 * fails, but the count must stay.
 */
@Service
public class LoginAttempts {

  private final StaffUserRepository users;
  private final LoginProperties properties;
  private final Clock clock;

  LoginAttempts(StaffUserRepository users, LoginProperties properties, Clock clock) {
    this.users = users;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(String username) {
    users.findByUsername(username)
        .ifPresent(user -> user.failedLogin(clock.instant(), properties.maxFailures(), properties.lockDuration()));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String username) {
    users.findByUsername(username).ifPresent(StaffUser::succeededLogin);
  }

  public boolean isLocked(StaffUser user) {
    return user.isLockedAt(clock.instant());
  }
}
