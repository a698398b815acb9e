package org.xinfang.petition.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The one error answer of every door: an RFC 7807 problem with a {@code urn:xinfang:problem:} type, the bilingual
 * title of the status, the code's bilingual message as detail, the code itself, and for bad input the fields at
 * fault. The API's errors, the engine's doors and the answers given where no controller runs (security filters,
 * the servlet container) are all made here. Also tells what a failure means for the client, wherever it was
 * wrapped: our own refusal, or the loss of a race that trying again would win.
 */
@Component
public class Problems {

    private static final String TYPE_PREFIX = "urn:xinfang:problem:";
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

    private final ObjectMapper json;
    private final Messages messages;

    Problems(ObjectMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The problem of a refusal of ours, bad input with its fields included. */
    public ProblemDetail of(PetitionException e) {
        if (!e.violations().isEmpty()) {
            return invalid(
                    e.status(),
                    e.code(),
                    e.violations().stream()
                            .map(v -> fieldError(v.field(), v.code(), v.args()))
                            .toList());
        }
        return problem(e.status(), e.code(), e.args());
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

    /** Bad input: each field with its message in both languages, and all of them in the detail. */
    public ProblemDetail invalid(HttpStatusCode status, String code, List<Map<String, Object>> errors) {
        ProblemDetail detail = problem(status, code);
        detail.setDetail(errors.stream()
                        .map(error -> (String) error.get("message"))
                        .collect(Collectors.joining("；")) + " / "
                + errors.stream().map(error -> (String) error.get("messageEn")).collect(Collectors.joining("; ")));
        detail.setProperty("errors", errors);
        return detail;
    }

    public Map<String, Object> fieldError(String field, String code, Object... args) {
        PetitionException.FieldViolation violation = new PetitionException.FieldViolation(field, code, args);
        return Map.of(
                "field",
                field,
                "code",
                code,
                "message",
                messages.violation(violation, Messages.CHINESE),
                "messageEn",
                messages.violation(violation, Messages.ENGLISH));
    }

    /** The answer to the loser of a race: 409, saying whether someone has the task or simply changed the case. */
    public ProblemDetail lostRace(Throwable concurrentChange) {
        return concurrentChange instanceof TaskAlreadyClaimedException
                ? problem(HttpStatus.CONFLICT, "task.claimed-by-other")
                : problem(HttpStatus.CONFLICT, "concurrent-update");
    }

    /** Answers with the problem, for code that runs outside Spring MVC. */
    public void write(HttpServletResponse response, HttpStatusCode status, String code, Object... args)
            throws IOException {
        write(response, problem(status, code, args));
    }

    /** Its length said exactly: whatever was about to be answered may have set one of its own already. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    String toJson(ProblemDetail problem) throws IOException {
        return json.writeValueAsString(problem);
    }

    /** Our refusal somewhere in the causes: the engine wraps what a task listener or its gate throws. */
    public static Optional<PetitionException> refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PetitionException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /**
     * A concurrent change somewhere in the causes: an optimistic lock that failed, a task claimed a moment earlier,
     * or the database's deadlock or lock timeout (two people acting on one task at once on MySQL/MariaDB). The loser's
     * transaction was rolled back whole, and trying again sees the winner's change.
     */
    public static Optional<Throwable> concurrentChangeIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException
                    || cause instanceof ConcurrencyFailureException
                    || cause instanceof TaskAlreadyClaimedException
                    || isRolledBackByTheDatabase(cause)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    /** SQLSTATE class 40 (deadlock, serialization failure), or MySQL's lock wait timeout (error 1205). */
    private static boolean isRolledBackByTheDatabase(Throwable cause) {
        return cause instanceof SQLTransactionRollbackException
                || (cause instanceof SQLException sql
                        && ((sql.getSQLState() != null && sql.getSQLState().startsWith("40"))
                                || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT));
    }
}
