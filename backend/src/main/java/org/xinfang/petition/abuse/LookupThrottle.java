package org.xinfang.petition.abuse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.abuse.LookupFailures.Kind;
import org.xinfang.petition.shared.PetitionException;

/**
 * Throttles the citizen's attempts with a tracking number and query code against guessing the code: failures are
 * counted per tracking number and per client address in the database (so every node counts them), each in a
 * transaction of its own that commits although the attempt is refused; a locked-out number or address is
 * answered 429 with Retry-After until its lock-out is over, on the engine clock. Successful attempts do not
 * count, and one with the right code clears the count of its tracking number. Consultations (在线咨询) are looked up
 * under the same throttle: a guesser is counted once, whatever they guess at.
 */
@Component
public class LookupThrottle {

    /** The one failure that counts: wrong code or unknown number (they look the same). */
    public static final String FAILURE = "lookup.not-found";
    /** The same subject can be counted by two nodes at once: the second insert loses and counts again. */
    private static final int ATTEMPTS = 2;

    private final LookupFailuresRepository failures;
    private final LookupThrottleProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Counter refused;

    LookupThrottle(
            LookupFailuresRepository failures,
            LookupThrottleProperties properties,
            PlatformTransactionManager transactions,
            Clock clock,
            MeterRegistry registry) {
        this.refused = Counter.builder("xinfang.lookups.refused")
                .description("Lookups refused because the tracking number or the address is locked out")
                .register(registry);
        this.failures = failures;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Runs an attempt with these credentials unless the number or the address is locked out. */
    public <T> T guard(String trackingNumber, String clientAddress, Supplier<T> attempt) {
        Subject number =
                new Subject(Kind.TRACKING_NUMBER, trackingNumber.strip().toUpperCase(Locale.ROOT));
        List<Subject> subjects = List.of(number, new Subject(Kind.CLIENT_ADDRESS, clientAddress));
        refuseIfLockedOut(subjects);
        T result;
        try {
            result = attempt.get();
        } catch (PetitionException e) {
            if (FAILURE.equals(e.code())) {
                subjects.forEach(this::countFailure);
            }
            throw e;
        }
        failures.deleteById(number.hash());
        return result;
    }

    public void guard(String trackingNumber, String clientAddress, Runnable attempt) {
        guard(trackingNumber, clientAddress, () -> {
            attempt.run();
            return null;
        });
    }

    /** Forgets what no longer counts nor locks anyone out. */
    int purgeStale() {
        Instant now = clock.instant();
        return failures.deleteStale(now.minus(properties.window()), now);
    }

    private void refuseIfLockedOut(List<Subject> subjects) {
        Instant now = clock.instant();
        failures.findAllById(subjects.stream().map(Subject::hash).toList()).stream()
                .filter(record -> record.isLockedAt(now))
                .map(LookupFailures::getLockedUntil)
                .max(Instant::compareTo)
                .ifPresent(until -> {
                    refused.increment();
                    Duration wait = Duration.between(now, until);
                    throw PetitionException.tooManyRequests(wait, "lookup.throttled", (wait.toSeconds() + 59) / 60);
                });
    }

    private void countFailure(Subject subject) {
        int limit = subject.kind() == Kind.TRACKING_NUMBER
                ? properties.failuresPerNumber()
                : properties.failuresPerAddress();
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> failures.findForUpdate(subject.hash())
                        .orElseGet(() -> failures.saveAndFlush(new LookupFailures(subject.hash(), subject.kind())))
                        .fail(clock.instant(), limit, properties.window(), properties.lockout()));
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** A tracking number or client address, known by its hash only. */
    private record Subject(Kind kind, String value) {
        String hash() {
            return Hashes.sha256Hex("lookup-" + kind.name(), value);
        }
    }
}
