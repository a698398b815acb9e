package org.xinfang.petition.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors that no controller answers are problems too. Tomcat refuses some requests before any filter runs (a
 * header it cannot read or too large, an encoded slash or a malformed path): its error report is replaced by
 * {@link ProblemReport}. Errors raised inside the application but outside Spring MVC (a filter's sendError, an
 * exception in a filter) reach the error page, which answers the same problem instead of Spring Boot's own body.
 */
@RestController
class ContainerErrors implements ErrorController {

    private final Problems problems;

    ContainerErrors(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, the error page is no page at all.
        HttpStatusCode code = status instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
        return ResponseEntity.status(code)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.ofStatus(code));
    }

    /**
     * A browser on a page (not on the API) gets the error as a page in both languages; a client of the API still gets
     * the problem, whatever it accepts.
     */
    @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView errorPage(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode code = status instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null || uri.toString().startsWith("/api/") || uri.toString().startsWith("/engine-rest/")) {
            ModelAndView problem = new ModelAndView((model, in, out) -> {
                out.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                out.setCharacterEncoding("UTF-8");
                out.getWriter().write(problems.toJson(problems.ofStatus(code)));
            });
            problem.setStatus(code);
            return problem;
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", code.value()));
        page.setStatus(code);
        return page;
    }

    /**
     * An address that names nothing: Spring MVC raises it before any controller, and {@link ProblemDetailsAdvice}
     * would answer every client with the problem. Sent to the error page instead, it is answered as every other
     * error the container sees: the page for a browser on a page, the problem for everyone else.
     */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class MissingPages {

        @ExceptionHandler(NoResourceFoundException.class)
        ModelAndView missing(HttpServletResponse response) throws IOException {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return new ModelAndView();
        }
    }

    /** Puts {@link ProblemReport} in the place of Tomcat's error report valve. */
    @Component
    static class ProblemReportInstaller implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        private final Problems problems;

        ProblemReportInstaller(Problems problems) {
            this.problems = problems;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                host.getPipeline().addValve(new ProblemReport(problems));
                // The host adds an error report valve of this class at its start unless it holds one already.
                host.setErrorReportValveClass(ProblemReport.class.getName());
            });
        }
    }

    /** Tomcat's error report as an RFC 7807 problem, in the place of its HTML page. */
    static class ProblemReport extends ErrorReportValve {

        private final Problems problems;

        ProblemReport(Problems problems) {
            this.problems = problems;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // As Tomcat's own report: only errors, only once, only with nothing written yet and the connection usable.
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                String body = problems.toJson(problems.ofStatus(HttpStatusCode.valueOf(status)));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response cannot take a body any more: there is no one left to tell.
            }
        }
    }
}
