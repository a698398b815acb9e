package org.xinfang.petition.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.LoginAttempts;
import org.xinfang.petition.organization.StaffUserRepository;

@Service
class StaffUserDetailsService implements UserDetailsService {

  private final StaffUserRepository users;
  private final LoginAttempts attempts;

  StaffUserDetailsService(StaffUserRepository users, LoginAttempts attempts) {
    this.users = users;
    this.attempts = attempts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return users.findByUsername(username)
        .map(user -> StaffPrincipal.of(user, attempts.isLocked(user)))
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }
}
