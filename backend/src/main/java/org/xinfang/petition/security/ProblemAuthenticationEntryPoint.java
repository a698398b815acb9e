package org.xinfang.petition.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.xinfang.petition.shared.Messages;

/** 401 and 403 from the security filters, as the same problem bodies the rest of the API returns. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectMapper json;
  private final Messages messages;

  ProblemAuthenticationEntryPoint(ObjectMapper json, Messages messages) {
    this.json = json;
    this.messages = messages;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"xinfang\"");
    write(response, HttpStatus.UNAUTHORIZED, e instanceof LockedException ? "account-locked" : "authentication-required");
  }

  /** A failed form login: the same problem, without asking the browser for Basic credentials. */
  void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    write(response, HttpStatus.UNAUTHORIZED, e instanceof LockedException ? "account-locked" : "login-failed");
  }

  void tooLarge(HttpServletResponse response) throws IOException {
    write(response, HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large");
  }

  void crossSiteRefused(HttpServletResponse response) throws IOException {
    write(response, HttpStatus.FORBIDDEN, "cross-site-refused");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, HttpStatus.FORBIDDEN, "access-denied");
  }

  private void write(HttpServletResponse response, HttpStatus status, String code) throws IOException {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, messages.both(code));
    detail.setType(URI.create("urn:xinfang:problem:" + code));
    detail.setTitle(messages.both("http." + status.value()));
    detail.setProperty("code", code);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), detail);
  }
}
