package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API requests whose declared body is larger than a JSON request can reasonably be (413), before
 * anything reads them; multipart uploads to the {@link UploadEndpoints} have their own, larger limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

  private final ProblemAuthenticationEntryPoint problems;
  private final Limits limits;
  private final List<UploadEndpoints> uploads;

  RequestSizeLimit(ProblemAuthenticationEntryPoint problems, Limits limits, List<UploadEndpoints> uploads) {
    this.problems = problems;
    this.limits = limits;
    this.uploads = uploads;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBody(request).toBytes()) {
      problems.tooLarge(response);
      return;
    }
    chain.doFilter(request, response);
  }

  private DataSize maxBody(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.startsWith("multipart/")) {
      return limits.maxBody();
    }
    return uploads.stream().map(endpoints -> endpoints.maxBody(request)).flatMap(Optional::stream).findFirst()
        .orElse(limits.maxBody());
  }

  /** @param maxBody the largest non-multipart request body the API accepts */
  @ConfigurationProperties("petition.api")
  record Limits(@DefaultValue("1MB") DataSize maxBody) {}
}
