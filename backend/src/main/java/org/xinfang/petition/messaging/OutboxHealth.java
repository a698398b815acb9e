package org.xinfang.petition.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.xinfang.petition.messaging.OutboxMessage.Status;
import org.xinfang.petition.shared.OperationsHealth;

/**
 * Messages reach complainants: a warning when a message was given up (an administrator retries it from the outbox
 * page) or the oldest due one has waited past {@code petition.health.outbox-lag-warning}.
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator {

    private final OutboxRepository outbox;
    private final Clock clock;
    private final Duration warning;

    OutboxHealth(
            OutboxRepository outbox,
            Clock clock,
            @Value("${petition.health.outbox-lag-warning:PT15M}") Duration warning) {
        this.outbox = outbox;
        this.clock = clock;
        this.warning = warning;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        List<Long> oldest = outbox.findDue(now, PageRequest.of(0, 1));
        Duration lag = oldest.isEmpty()
                ? Duration.ZERO
                : Duration.between(outbox.findById(oldest.get(0)).orElseThrow().getNextAttemptAt(), now);
        long failed = outbox.countByStatus(Status.FAILED);
        String problem = failed > 0
                ? failed + " messages given up: retry them from the outbox page once the gateway works"
                : "due messages wait longer than " + warning + ": is a dispatcher running, does the gateway answer?";
        return OperationsHealth.upUnless(failed > 0 || lag.compareTo(warning) > 0, problem)
                .withDetail("lagSeconds", lag.toSeconds())
                .withDetail("pending", outbox.countByStatus(Status.PENDING))
                .withDetail("failed", failed)
                .build();
    }
}
