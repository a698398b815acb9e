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

  StaffDirectory(StaffUserRepository users, PasswordEncoder passwords) {
    this.users = users;
    this.passwords = passwords;
  }

  Optional<StaffUser> find(String username) {
    return username == null ? Optional.empty() : users.findByUsernameAndEnabledTrue(username);
  }

  List<StaffUser> all() {
    return users.findByEnabledTrue();
  }

  /** Checks against the stored hash with the encoder our API's HTTP Basic login uses, so both accept the same. */
  boolean checkPassword(String username, String password) {
    if (password == null || password.isEmpty()) {
      return false;
    }
    return find(username).map(staff -> passwords.matches(password, staff.getPasswordHash())).orElse(false);
  }
}
