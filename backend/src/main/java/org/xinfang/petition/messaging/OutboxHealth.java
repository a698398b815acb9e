package org.xinfang.petition.messaging;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
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
    private final OutboxMetrics metrics;
    private final Duration warning;

    OutboxHealth(
            OutboxRepository outbox,
            OutboxMetrics metrics,
            @Value("${petition.health.outbox-lag-warning:PT15M}") Duration warning) {
        this.outbox = outbox;
        this.metrics = metrics;
        this.warning = warning;
    }

    @Override
    public Health health() {
        Duration lag = metrics.lag();
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
