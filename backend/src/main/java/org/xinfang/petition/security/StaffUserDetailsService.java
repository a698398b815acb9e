package org.xinfang.petition.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.StaffUserRepository;

@Service
class StaffUserDetailsService implements UserDetailsService {

  private final StaffUserRepository users;

  StaffUserDetailsService(StaffUserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return users.findByUsername(username)
        .map(StaffPrincipal::of)
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }
}
