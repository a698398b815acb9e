package org.xinfang.petition.abuse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.privacy.BlindIndex;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;

/**
 * Limits anonymous submissions (online complaints, consultations) per client address, in the database so every
 * node shares the count: {@code petition.rate-limit.submissions-per-address} in a fixed window from the first
 * one; beyond, 429 with Retry-After until the window is over. A submission is taken in a short transaction of its
 * own under a lock on the address's row, so two at once on any nodes cannot both take the last one, and before
 * the submission's own transaction begins: no request holds one pooled connection while it waits for another,
 * and the row is not locked while the case is written. A submission that then fails (a lost idempotency race, a
 * failure) is given back in a transaction of its own. Authenticated staff and exempt addresses are not limited.
 * A client application that submits for many people is counted under its own name and limit ({@link Submitter}).
 */
@Component
public class SubmissionRateLimit {

    /** The blind index purpose: the client address is kept only as this keyed hash. */
    static final String ADDRESS = "submission-client-address";
    /** Two first submissions from one address race to insert its row (or deadlock on it): the loser tries again. */
    private static final int ATTEMPTS = 3;

    private final SubmissionAllowanceRepository allowances;
    private final SubmissionRateLimitProperties properties;
    private final BlindIndex blindIndex;
    private final CurrentStaff currentStaff;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SubmissionRateLimit(
            SubmissionAllowanceRepository allowances,
            SubmissionRateLimitProperties properties,
            BlindIndex blindIndex,
            CurrentStaff currentStaff,
            TransactionTemplate ownTransaction,
            Clock clock) {
        this.allowances = allowances;
        this.properties = properties;
        this.blindIndex = blindIndex;
        this.currentStaff = currentStaff;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
    }

    /**
     * Runs a submission from this client address if the address has one left, else refuses it (429). Call it after
     * the request's own checks, so that refused input does not count, and outside any transaction: the submission
     * runs in transactions of its own. If it fails, its submission is given back.
     */
    public <T> T submit(String clientAddress, Supplier<T> submission) {
        return submit(Submitter.address(clientAddress), submission);
    }

    /** Runs a submission if its submitter has one left, as {@link #submit(String, Supplier)} does for an address. */
    public <T> T submit(Submitter submitter, Supplier<T> submission) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "A submission is taken outside a transaction, so that no connection waits " + "on another");
        }
        if (currentStaff.find().isPresent()
                || (submitter.isAddress() && properties.exemptAddresses().contains(submitter.countedAs()))) {
            return submission.get();
        }
        String addressHash = blindIndex.of(ADDRESS, submitter.countedAs());
        int limit = submitter.isAddress() ? properties.submissionsPerAddress() : submitter.ownLimit();
        Instant window = takeOrRefuse(addressHash, limit);
        try {
            return submission.get();
        } catch (RuntimeException | Error failure) {
            try {
                ownTransaction.executeWithoutResult(giveBack ->
                        allowances.findForUpdate(addressHash).ifPresent(allowance -> allowance.giveBack(window)));
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
    }

    /** Forgets the addresses whose window is over. */
    int purgeStale() {
        return allowances.deleteStale(clock.instant().minus(properties.window()));
    }

    /** Takes a submission in a transaction of its own; returns the start of the window it was taken in. */
    private Instant takeOrRefuse(String addressHash, int limit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(status -> {
                    // to the second, as MariaDB keeps it, so that a window is the same on every node and database
                    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    Optional<SubmissionAllowance> stored = allowances.findForUpdate(addressHash);
                    SubmissionAllowance allowance = stored.orElseGet(() -> new SubmissionAllowance(addressHash, now));
                    if (!allowance.take(now, limit, properties.window())) {
                        Duration wait = Duration.between(clock.instant(), allowance.windowEndsAt(properties.window()));
                        throw PetitionException.tooManyRequests(
                                wait, "submission.rate-limited", (wait.toSeconds() + 59) / 60);
                    }
                    if (stored.isEmpty()) {
                        // the address's first: one insert with the submission taken (a racing first fails on the key)
                        allowances.saveAndFlush(allowance);
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
