package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who is acting for the length of an API request, so that task listeners record the right
 * actor, candidate groups decide who may act, and Cockpit's operation log names the user. The engine skips its
 * own authorization checks for it ({@link ApiEngineAuthentication}): the API scopes what it reads and does.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final CurrentStaff currentStaff;
  private final IdentityService identityService;

  EngineAuthenticationFilter(CurrentStaff currentStaff, IdentityService identityService) {
    this.currentStaff = currentStaff;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var staff = currentStaff.find();
    if (staff.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    identityService.setAuthentication(new ApiEngineAuthentication(staff.get()));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
