package org.xinfang.petition.shared;

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

  private PetitionException(HttpStatus status, String code, Object[] args, List<FieldViolation> violations) {
    super(code);
    this.status = status;
    this.code = code;
    this.args = args;
    this.violations = List.copyOf(violations);
  }

  /** A field of the request is wrong; the message code is resolved with the field's label as argument 0. */
  public static PetitionException invalid(String field, String code, Object... args) {
    return new PetitionException(HttpStatus.BAD_REQUEST, "invalid-input", new Object[0],
        List.of(new FieldViolation(field, code, args)));
  }

  public static PetitionException notFound(String code, Object... args) {
    return new PetitionException(HttpStatus.NOT_FOUND, code, args, List.of());
  }

  /** The request is well-formed but the case is not in a state that allows it (409). */
  public static PetitionException conflict(String code, Object... args) {
    return new PetitionException(HttpStatus.CONFLICT, code, args, List.of());
  }

  /** No authenticated user where one is needed (401). */
  public static PetitionException unauthenticated(String code) {
    return new PetitionException(HttpStatus.UNAUTHORIZED, code, new Object[0], List.of());
  }

  public static PetitionException forbidden(String code, Object... args) {
    return new PetitionException(HttpStatus.FORBIDDEN, code, args, List.of());
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

  /** One bad field: its JSON path, the message code and the code's arguments after the field label. */
  public record FieldViolation(String field, String code, Object... args) {}
}
