package org.xinfang.petition.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.xinfang.petition.messaging.OutboxMessage.Status;

/**
 * The outbox as metrics: each delivery attempt's outcome by channel ({@code xinfang.outbox.deliveries}, outcome
 * {@code sent}, {@code unsent}, {@code failed} or {@code given-up}), and the messages waiting ({@code pending}) or
 * given up and waiting for an administrator ({@code failed}) in {@code xinfang.outbox.messages}, counted in the
 * database so that every node reports the same backlog.
 */
@Component
class OutboxMetrics {

    static final String DELIVERIES = "xinfang.outbox.deliveries";
    static final String MESSAGES = "xinfang.outbox.messages";

    private final MeterRegistry registry;

    OutboxMetrics(MeterRegistry registry, OutboxRepository outbox) {
        this.registry = registry;
        for (Status status : new Status[] {Status.PENDING, Status.FAILED}) {
            Gauge.builder(MESSAGES, outbox, messages -> messages.countByStatus(status))
                    .description("Messages to complainants in the outbox, by status")
                    .tag("status", tagOf(status.name()))
                    .register(registry);
        }
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
