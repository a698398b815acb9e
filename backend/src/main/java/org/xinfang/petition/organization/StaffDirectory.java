package org.xinfang.petition.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The staff the process engine sees. Only enabled staff are in it: a disabled member cannot log into the
 * webapps, is offered no task through their groups, and loses an open webapp session when the webapps next
 * re-read their user.
 */
@Component
class StaffDirectory {

  private final StaffUserRepository users;
  private final PasswordEncoder passwords;
  private final LoginAttempts attempts;

  StaffDirectory(StaffUserRepository users, PasswordEncoder passwords, LoginAttempts attempts) {
    this.users = users;
    this.passwords = passwords;
    this.attempts = attempts;
  }

  Optional<StaffUser> find(String username) {
    return username == null ? Optional.empty() : users.findByUsernameAndEnabledTrue(username);
  }

  List<StaffUser> all() {
    return users.findByEnabledTrue();
  }

  /**
   * Checks against the stored hash with the encoder our API's HTTP Basic login uses, so both accept the same;
   * a locked account is refused, and failures count towards the lock-out as they do for the API.
   */
  boolean checkPassword(String username, String password) {
    Optional<StaffUser> staff = find(username);
    if (staff.isEmpty() || attempts.isLocked(staff.get())) {
      return false;
    }
    boolean matches = password != null && !password.isEmpty()
        && passwords.matches(password, staff.get().getPasswordHash());
    if (matches) {
      attempts.succeeded(username);
    } else {
      attempts.failed(username);
    }
    return matches;
  }
}
