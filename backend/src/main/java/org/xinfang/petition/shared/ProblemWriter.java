package org.xinfang.petition.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The RFC 7807 problem of a message code: a {@code urn:xinfang:problem:} type, the bilingual title of the status,
 * the code's bilingual message as detail and the code itself. The API's errors and the answers given where no
 * controller runs (security filters, the servlet container) are all made here.
 */
@Component
public class ProblemWriter {

  private static final String TYPE_PREFIX = "urn:xinfang:problem:";

  private final ObjectMapper json;
  private final Messages messages;

  ProblemWriter(ObjectMapper json, Messages messages) {
    this.json = json;
    this.messages = messages;
  }

  public ProblemDetail problem(HttpStatusCode status, String code, Object... args) {
    return problem(messages, status, code, args);
  }

  static ProblemDetail problem(Messages messages, HttpStatusCode status, String code, Object... args) {
    ProblemDetail detail = ProblemDetail.forStatus(status);
    detail.setType(URI.create(TYPE_PREFIX + code));
    detail.setTitle(messages.both("http." + status.value()));
    detail.setDetail(messages.both(code, args));
    detail.setProperty("code", code);
    return detail;
  }

  /**
   * The problem of a bare HTTP status ({@code http.404}), with its own explanation as detail; a status without
   * messages of its own is explained as its class (4xx as 400, 5xx as 500).
   */
  public ProblemDetail ofStatus(HttpStatusCode status) {
    String code = "http." + status.value();
    if (!messages.has(code)) {
      code = status.is5xxServerError() ? "http.500" : "http.400";
    }
    ProblemDetail detail = problem(status, code);
    detail.setTitle(messages.both(code));
    detail.setDetail(messages.both(code + ".detail"));
    return detail;
  }

  /** Answers with the problem, for code that runs outside Spring MVC. */
  public void write(HttpServletResponse response, HttpStatusCode status, String code, Object... args)
      throws IOException {
    write(response, problem(status, code, args));
  }

  public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }

  String toJson(ProblemDetail problem) throws IOException {
    return json.writeValueAsString(problem);
  }
}
