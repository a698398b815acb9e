package org.xinfang.petition.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.xinfang.petition.messaging.OutboxMessage.Status;

/**
 * The outbox as metrics: each delivery attempt's outcome by channel ({@code xinfang.outbox.deliveries}, outcome
 * {@code sent}, {@code unsent}, {@code failed} or {@code given-up}), the messages waiting ({@code pending}) or
 * given up and waiting for an administrator ({@code failed}) in {@code xinfang.outbox.messages}, and how long the
 * oldest due message has waited ({@code xinfang.outbox.lag}), counted in the database so that every node reports
 * the same backlog.
 */
@Component
class OutboxMetrics {

    static final String DELIVERIES = "xinfang.outbox.deliveries";
    static final String MESSAGES = "xinfang.outbox.messages";

    static final String LAG = "xinfang.outbox.lag";

    private final MeterRegistry registry;
    private final OutboxRepository outbox;
    private final Clock clock;

    OutboxMetrics(MeterRegistry registry, OutboxRepository outbox, Clock clock) {
        this.registry = registry;
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder(LAG, this, metrics -> metrics.lag().toSeconds())
                .description("How long the oldest due message to a complainant has waited")
                .baseUnit("seconds")
                .register(registry);
        for (Status status : new Status[] {Status.PENDING, Status.FAILED}) {
            Gauge.builder(MESSAGES, outbox, messages -> messages.countByStatus(status))
                    .description("Messages to complainants in the outbox, by status")
                    .tag("status", tagOf(status.name()))
                    .register(registry);
        }
    }

    /** How long the oldest message due has waited for delivery; zero when none is due. */
    Duration lag() {
        Instant now = clock.instant();
        List<Long> oldest = outbox.findDue(now, PageRequest.of(0, 1));
        return oldest.isEmpty()
                ? Duration.ZERO
                : Duration.between(outbox.findById(oldest.get(0)).orElseThrow().getNextAttemptAt(), now);
    }

    void delivered(MessageChannel channel, Status outcome) {
        count(channel, tagOf(outcome.name()));
    }

    void failed(MessageChannel channel, boolean givenUp) {
        count(channel, givenUp ? "given-up" : "failed");
    }

    private void count(MessageChannel channel, String outcome) {
        Counter.builder(DELIVERIES)
                .description("Delivery attempts of messages to complainants, by channel and outcome")
                .tag("channel", tagOf(channel.name()))
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    private static String tagOf(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
