package org.xinfang.petition.shared;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the one error answer of every door: an RFC 7807 problem with a bilingual title and detail, a {@code code},
 * and for bad input the fields at fault. Also tells what a failure means for the client, wherever it was wrapped:
 * our own refusal, or the loss of a race that trying again would win.
 */
@Component
public class Problems {

  private static final String TYPE_PREFIX = "urn:xinfang:problem:";
  private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

  private final Messages messages;

  Problems(Messages messages) {
    this.messages = messages;
  }

  /** The problem of a refusal of ours, bad input with its fields included. */
  public ProblemDetail of(PetitionException e) {
    if (!e.violations().isEmpty()) {
      return invalid(e.status(), e.code(), e.violations().stream()
          .map(v -> fieldError(v.field(), v.code(), v.args()))
          .toList());
    }
    return of(e.status(), e.code(), e.args());
  }

  public ProblemDetail of(HttpStatus status, String code, Object... args) {
    ProblemDetail detail = detail(status, code);
    detail.setDetail(messages.zh(code, args) + " / " + messages.en(code, args));
    return detail;
  }

  /** A bare status, said in both languages, for an answer no refusal of ours explains. */
  public ProblemDetail ofStatus(HttpStatus status) {
    String code = "http." + status.value();
    ProblemDetail detail = detail(status, code);
    detail.setDetail(messages.both(code + ".detail"));
    return detail;
  }

  /** Bad input: each field with its message in both languages, and all of them in the detail. */
  public ProblemDetail invalid(HttpStatus status, String code, List<Map<String, Object>> errors) {
    ProblemDetail detail = detail(status, code);
    detail.setDetail(errors.stream().map(error -> (String) error.get("message")).collect(Collectors.joining("；"))
        + " / " + errors.stream().map(error -> (String) error.get("messageEn")).collect(Collectors.joining("; ")));
    detail.setProperty("errors", errors);
    return detail;
  }

  public Map<String, Object> fieldError(String field, String code, Object... args) {
    return Map.of(
        "field", field,
        "code", code,
        "message", messages.zh(code, withLabel(field, Messages.CHINESE, args)),
        "messageEn", messages.en(code, withLabel(field, Messages.ENGLISH, args)));
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
      if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
          || cause instanceof TaskAlreadyClaimedException || isRolledBackByTheDatabase(cause)) {
        return Optional.of(cause);
      }
    }
    return Optional.empty();
  }

  /** The answer to the loser of a race: 409, saying whether someone has the task or simply changed the case. */
  public ProblemDetail lostRace(Throwable concurrentChange) {
    return concurrentChange instanceof TaskAlreadyClaimedException ? of(HttpStatus.CONFLICT, "task.claimed-by-other")
        : of(HttpStatus.CONFLICT, "concurrent-update");
  }

  /** SQLSTATE class 40 (deadlock, serialization failure), or MySQL's lock wait timeout (error 1205). */
  private static boolean isRolledBackByTheDatabase(Throwable cause) {
    return cause instanceof SQLTransactionRollbackException
        || cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("40")
            || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT);
  }

  private ProblemDetail detail(HttpStatus status, String code) {
    ProblemDetail detail = ProblemDetail.forStatus(status);
    detail.setType(URI.create(TYPE_PREFIX + code));
    detail.setTitle(messages.both("http." + status.value()));
    detail.setProperty("code", code);
    return detail;
  }

  private Object[] withLabel(String field, Locale locale, Object[] args) {
    Object[] all = new Object[args.length + 1];
    all[0] = messages.fieldLabel(field, locale);
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }
}
