package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests whose declared body is larger than a JSON request can reasonably be (413), before
 * anything reads them; uploads (multipart) have their own, larger limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

  private final ProblemAuthenticationEntryPoint problems;
  private final Limits limits;

  RequestSizeLimit(ProblemAuthenticationEntryPoint problems, Limits limits) {
    this.problems = problems;
    this.limits = limits;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !request.getRequestURI().startsWith("/api/") || type != null && type.startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limits.maxBody().toBytes()) {
      problems.tooLarge(response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** @param maxBody the largest non-multipart request body the API accepts */
  @ConfigurationProperties("petition.api")
  record Limits(@DefaultValue("1MB") DataSize maxBody) {}
}
