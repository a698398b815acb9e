package org.xinfang.petition.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member behind the current request, if any (a citizen filing online has none). */
@Component
public class CurrentStaff {

  public Optional<StaffPrincipal> find() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
      return Optional.of(principal);
    }
    return Optional.empty();
  }

  /** The current staff member; only called behind endpoints that require authentication. */
  public StaffPrincipal get() {
    return find().orElseThrow(() -> new IllegalStateException("No authenticated staff member"));
  }
}
