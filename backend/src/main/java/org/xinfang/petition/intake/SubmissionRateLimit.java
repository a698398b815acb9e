package org.xinfang.petition.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.privacy.BlindIndex;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;

/**
 * Limits anonymous submissions (online complaints, consultations) per client address, in the database so every
 * node shares the count: {@code petition.rate-limit.submissions-per-address} in a fixed window from the first
 * one; beyond, 429 with Retry-After until the window is over. A submission is taken in a short transaction of its
 * own under a lock on the address's row, so two at once on any nodes cannot both take the last one, and without
 * holding that lock while the case is written; a submission whose transaction then rolls back (a lost
 * idempotency race, a failure) gives it back. Authenticated staff and exempt addresses are not limited.
 */
@Component
public class SubmissionRateLimit {

  /** The blind index purpose: the client address is kept only as this keyed hash. */
  private static final String ADDRESS = "submission-client-address";
  /** Two first submissions from one address race to insert its row (or deadlock on it): the loser tries again. */
  private static final int ATTEMPTS = 3;

  private final SubmissionAllowanceRepository allowances;
  private final SubmissionRateLimitProperties properties;
  private final BlindIndex blindIndex;
  private final CurrentStaff currentStaff;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  SubmissionRateLimit(SubmissionAllowanceRepository allowances, SubmissionRateLimitProperties properties,
      BlindIndex blindIndex, CurrentStaff currentStaff, PlatformTransactionManager transactions, Clock clock) {
    this.allowances = allowances;
    this.properties = properties;
    this.blindIndex = blindIndex;
    this.currentStaff = currentStaff;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Takes one anonymous submission from this client address for the caller's transaction, or refuses it (429)
   * when the address has used up its window. Call it after the request's own checks, so that refused input does
   * not count; if the caller's transaction rolls back, the submission is given back.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void take(String clientAddress) {
    if (currentStaff.find().isPresent() || properties.exemptAddresses().contains(clientAddress)) {
      return;
    }
    String addressHash = blindIndex.of(ADDRESS, clientAddress);
    Instant window = takeOrRefuse(addressHash);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        if (status != STATUS_COMMITTED) {
          ownTransaction.executeWithoutResult(giveBack -> allowances.findForUpdate(addressHash)
              .ifPresent(allowance -> allowance.giveBack(window)));
        }
      }
    });
  }

  /** Forgets the addresses whose window is over. */
  int purgeStale() {
    return allowances.deleteStale(clock.instant().minus(properties.window()));
  }

  /** Takes a submission in a transaction of its own; returns the start of the window it was taken in. */
  private Instant takeOrRefuse(String addressHash) {
    for (int attempt = 1; ; attempt++) {
      try {
        return ownTransaction.execute(status -> {
          // to the second, as MariaDB keeps it, so that a window is the same on every node and database
          Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
          SubmissionAllowance allowance = allowances.findForUpdate(addressHash)
              .orElseGet(() -> allowances.saveAndFlush(new SubmissionAllowance(addressHash, now)));
          if (!allowance.take(now, properties.submissionsPerAddress(), properties.window())) {
            Duration wait = Duration.between(clock.instant(), allowance.windowEndsAt(properties.window()));
            throw PetitionException.tooManyRequests(wait, "submission.rate-limited", (wait.toSeconds() + 59) / 60);
          }
          return allowance.getWindowStartedAt();
        });
      } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
