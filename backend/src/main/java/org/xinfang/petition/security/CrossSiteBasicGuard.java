package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers remember HTTP Basic credentials and send them with requests that other sites trigger. A browser marks
 * such a request ({@code Sec-Fetch-Site: cross-site} or {@code same-site}); a state-changing one with Basic
 * credentials is refused, so a remembered login cannot be used for cross-site request forgery.
 */
class CrossSiteBasicGuard extends OncePerRequestFilter {

  private static final Set<String> FOREIGN = Set.of("cross-site", "same-site");
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final ProblemAuthenticationEntryPoint problems;

  CrossSiteBasicGuard(ProblemAuthenticationEntryPoint problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader("Authorization");
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    if (basic && !SAFE_METHODS.contains(request.getMethod())
        && FOREIGN.contains(String.valueOf(request.getHeader("Sec-Fetch-Site")))) {
      problems.crossSiteRefused(response);
      return;
    }
    chain.doFilter(request, response);
  }
}
