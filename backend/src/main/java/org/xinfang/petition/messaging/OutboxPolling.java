package org.xinfang.petition.messaging;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Polls the outbox on this node now and then; off where {@code petition.messaging.dispatcher-enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "petition.messaging.dispatcher-enabled", havingValue = "true", matchIfMissing = true)
class OutboxPolling {

    private final OutboxDispatcher dispatcher;

    OutboxPolling(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(
            initialDelayString = "${petition.messaging.poll-interval:PT10S}",
            fixedDelayString = "${petition.messaging.poll-interval:PT10S}")
    void poll() {
        dispatcher.poll();
    }
}
