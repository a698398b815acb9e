package org.xinfang.petition.shared;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.mapping.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 7807 {@code application/problem+json} body with a bilingual title and detail;
 * bad input names each field. Nothing internal (stack traces, SQL) ever reaches the client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** How Jackson begins the message of a field named twice; it has no exception type of its own for it. */
    private static final String DUPLICATE_FIELD = "Duplicate field '";

    private final Messages messages;
    private final Problems problems;

    ProblemDetailsAdvice(Messages messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(PetitionException.class)
    ResponseEntity<Object> petition(PetitionException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
        if (e.retryAfter() != null) {
            // Retry-After in whole seconds, rounded up: a client that waits exactly that long is let in again.
            long seconds = Math.max(1, e.retryAfter().plusMillis(999).toSeconds());
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return answer.body(problems.of(e));
    }

    /**
     * The loser of a race: an optimistic lock, a task claimed a moment earlier, or the database's deadlock or lock
     * timeout, also when the engine wrapped it. One line, no stack trace: nothing is wrong but timing.
     */
    @ExceptionHandler({
        OptimisticLockingException.class,
        ConcurrencyFailureException.class,
        TaskAlreadyClaimedException.class
    })
    ResponseEntity<Object> concurrentUpdate(Exception e) {
        Throwable race = Problems.concurrentChangeIn(e).orElse(e);
        log.warn("Concurrent change, answered 409: {}", race.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problems.lostRace(race));
    }

    /**
     * The engine wraps what a task listener or the task gate throws: our own refusal (bad input, a state that forbids
     * the action) or a concurrent change underneath is answered as if it had been thrown directly, not as an internal
     * error.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<Object> engine(ProcessEngineException e) {
        Optional<PetitionException> refusal = Problems.refusalIn(e);
        if (refusal.isPresent()) {
            return petition(refusal.get());
        }
        if (Problems.concurrentChangeIn(e).isPresent()) {
            return concurrentUpdate(e);
        }
        return unexpected(e);
    }

    @ExceptionHandler(PropertyReferenceException.class)
    ResponseEntity<Object> unknownSortProperty(PropertyReferenceException e) {
        return invalid(List.of(fieldError("sort", "constraint.unreadable")));
    }

    /** The firewall refused a parameter as a controller read it (a control character in its name or value). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "request-rejected");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "access-denied");
    }

    /** A multipart body that cannot be read (cut off, too many parts): the files are at fault. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableUpload(MultipartException e) {
        return invalid(List.of(fieldError("files", "constraint.unreadable")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            PetitionException.FieldViolation violation = FieldErrors.violationOf(error);
            errors.add(fieldError(violation.field(), violation.code(), violation.args()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(fieldError(error.getObjectName(), "constraint." + error.getCode())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(fieldError(
                                result.getMethodParameter().getParameterName(),
                                "constraint." + lastCode(error),
                                FieldErrors.constraintArgs(error)))));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A body refused while it was being read (too large) is answered with that refusal.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PetitionException refusal) {
                return petition(refusal);
            }
        }
        // A field named twice (spring.jackson.parser.strict-duplicate-detection): the parser stands on its second name.
        if (e.getMostSpecificCause() instanceof StreamReadException broken
                && broken.getOriginalMessage() != null
                && broken.getOriginalMessage().startsWith(DUPLICATE_FIELD)
                && broken.getProcessor() != null) {
            return invalid(
                    List.of(fieldError(pathOf(broken.getProcessor().getParsingContext()), "constraint.duplicate-key")));
        }
        // Broken JSON is a malformed body even when Jackson was inside a field when it broke.
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()
                && !(e.getMostSpecificCause() instanceof StreamReadException)) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return invalid(List.of(fieldError(field, "constraint.unreadable")));
        }
        return invalid(List.of(fieldError("body", "constraint.malformed-body")));
    }

    /** Where a parser stands, as the API names fields: {@code complainant.name}, {@code files[0]}. */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            parts.addFirst(at.inArray() ? "[" + at.getCurrentIndex() + "]" : String.valueOf(at.getCurrentName()));
        }
        return String.join(".", parts).replace(".[", "[");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(fieldError(e.getParameterName(), "constraint.NotNull")));
    }

    /** Beyond the servlet's multipart limits, which sit above the upload limits that name the file at fault. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(
                HttpStatus.PAYLOAD_TOO_LARGE, "too-large-input", List.of(fieldError("files", "constraint.too-large")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(fieldError(e.getRequestPartName(), "constraint.NotNull")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        return invalid(List.of(fieldError(field, "constraint.unreadable")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Spring's own errors (no handler, wrong method, wrong media type) pass a null body and their own English one.
        Object problem = body == null && e instanceof ErrorResponse response ? response.getBody() : body;
        if (problem instanceof ProblemDetail detail) {
            String code = "http." + statusCode.value();
            detail.setTitle(messages.both(code));
            detail.setDetail(messages.both(code + ".detail"));
            detail.setProperty("code", code);
        }
        return super.handleExceptionInternal(e, problem, headers, statusCode, request);
    }

    private ResponseEntity<Object> invalid(List<Map<String, Object>> errors) {
        return invalid(HttpStatus.BAD_REQUEST, "invalid-input", errors);
    }

    private ResponseEntity<Object> invalid(HttpStatus status, String code, List<Map<String, Object>> errors) {
        return ResponseEntity.status(status).body(problems.invalid(status, code, errors));
    }

    private ResponseEntity<Object> problem(HttpStatus status, String code, Object... args) {
        return ResponseEntity.status(status).body(problems.problem(status, code, args));
    }

    private Map<String, Object> fieldError(String field, String code, Object... args) {
        return problems.fieldError(field, code, args);
    }

    private static String lastCode(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
    }
}
