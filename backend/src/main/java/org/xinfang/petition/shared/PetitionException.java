package org.xinfang.petition.shared;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The one error type of the system. It carries a message code (resolved in Chinese and English when it is
 * turned into an RFC 7807 problem) and, for bad input, the fields at fault.
 */
public class PetitionException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldViolation> violations;
    private final Duration retryAfter;

    private PetitionException(
            HttpStatus status, String code, Object[] args, List<FieldViolation> violations, Duration retryAfter) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    private PetitionException(HttpStatus status, String code, Object[] args, List<FieldViolation> violations) {
        this(status, code, args, violations, null);
    }

    /** A field of the request is wrong; the message code is resolved with the field's label as argument 0. */
    public static PetitionException invalid(String field, String code, Object... args) {
        return onField(HttpStatus.BAD_REQUEST, "invalid-input", field, code, args);
    }

    /** Several fields of the request are wrong (a form checked by Bean Validation, as the API checks a body). */
    public static PetitionException invalid(List<FieldViolation> violations) {
        return new PetitionException(HttpStatus.BAD_REQUEST, "invalid-input", new Object[0], List.copyOf(violations));
    }

    /**
     * A field is well-formed but cannot be processed as sent (422), such as a request key reused for another
     * request; the field is named as for bad input.
     */
    public static PetitionException unprocessable(String field, String code, Object... args) {
        return onField(HttpStatus.UNPROCESSABLE_ENTITY, "unprocessable-input", field, code, args);
    }

    /** A field is larger than allowed (413), such as an uploaded file; the field is named as for bad input. */
    public static PetitionException tooLarge(String field, String code, Object... args) {
        return onField(HttpStatus.PAYLOAD_TOO_LARGE, "too-large-input", field, code, args);
    }

    /** The request as a whole is larger than allowed (413), before any of its fields could be read. */
    public static PetitionException requestTooLarge(String code) {
        return new PetitionException(HttpStatus.PAYLOAD_TOO_LARGE, code, new Object[0], List.of());
    }

    /** Too many attempts (429): the client may try again after {@code retryAfter}, said in a Retry-After header. */
    public static PetitionException tooManyRequests(Duration retryAfter, String code, Object... args) {
        return new PetitionException(HttpStatus.TOO_MANY_REQUESTS, code, args, List.of(), retryAfter);
    }

    public static PetitionException notFound(String code, Object... args) {
        return new PetitionException(HttpStatus.NOT_FOUND, code, args, List.of());
    }

    /** What was asked for existed but is gone for good (410), such as a file erased when its retention ended. */
    public static PetitionException gone(String code, Object... args) {
        return new PetitionException(HttpStatus.GONE, code, args, List.of());
    }

    /** The request is well-formed but the case is not in a state that allows it (409). */
    public static PetitionException conflict(String code, Object... args) {
        return new PetitionException(HttpStatus.CONFLICT, code, args, List.of());
    }

    /**
     * A field is well-formed but the record does not allow it to be set here (409), such as the password of an
     * account the staff directory keeps; the field is named as for bad input.
     */
    public static PetitionException conflictOn(String field, String code, Object... args) {
        return onField(HttpStatus.CONFLICT, "conflicting-input", field, code, args);
    }

    private static PetitionException onField(
            HttpStatus status, String problem, String field, String code, Object... args) {
        return new PetitionException(status, problem, new Object[0], List.of(new FieldViolation(field, code, args)));
    }

    /** No authenticated user where one is needed (401). */
    public static PetitionException unauthenticated(String code) {
        return new PetitionException(HttpStatus.UNAUTHORIZED, code, new Object[0], List.of());
    }

    public static PetitionException forbidden(String code, Object... args) {
        return new PetitionException(HttpStatus.FORBIDDEN, code, args, List.of());
    }

    /**
     * The system's own data is at fault (500), such as a stored file that fails its integrity check: said plainly,
     * with a code, and nothing internal.
     */
    public static PetitionException internal(String code, Object... args) {
        return new PetitionException(HttpStatus.INTERNAL_SERVER_ERROR, code, args, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** How long a refused client should wait before trying again; null when waiting would not help. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** One bad field: its JSON path, the message code and the code's arguments after the field label. */
    @SuppressWarnings("ArrayRecordComponent") // a violation is rendered, never compared or hashed
    public record FieldViolation(String field, String code, Object... args) {}
}
