package org.xinfang.petition.messaging;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.messaging.MessageGateway.OutgoingMessage;
import org.xinfang.petition.messaging.OutboxMessage.Status;
import org.xinfang.petition.privacy.PersonalDataCipher;
import org.xinfang.petition.shared.Problems;

/**
 * Delivers the outbox, on every node at once if need be. A message is first claimed: a conditional update gives
 * it to one node for the lease, committed before anything is sent, so no two nodes send it at the same time. The
 * outcome is recorded by the holder of the claim only. A node that dies after claiming leaves the claim to run
 * out, and the next poll anywhere delivers the message: at least once, never lost.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_ERROR = 500;
    private static final int MAX_REFERENCE = 200;
    private static final int ATTEMPTS = 3;

    private final OutboxRepository outbox;
    private final Gateways gateways;
    private final PersonalDataCipher cipher;
    private final MessagingProperties properties;
    private final OutboxMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node = abbreviated(ManagementFactory.getRuntimeMXBean().getName(), 60);

    OutboxDispatcher(
            OutboxRepository outbox,
            Gateways gateways,
            PersonalDataCipher cipher,
            MessagingProperties properties,
            OutboxMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.outbox = outbox;
        this.gateways = gateways;
        this.cipher = cipher;
        this.properties = properties;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** One round: claims the messages that are due and delivers them; returns how many a real gateway took. */
    int poll() {
        List<Long> due =
                inTransaction(() -> outbox.findDue(clock.instant(), PageRequest.of(0, properties.batchSize())));
        int delivered = 0;
        for (Long id : due) {
            String claim = claim(id);
            if (claim != null && deliver(id, claim)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** Takes the message for this node for the lease; null when another node holds it or it is no longer due. */
    String claim(Long id) {
        String claim = node + "/" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        int taken = inTransaction(() -> outbox.claim(id, claim, now, now.plus(properties.lease())));
        return taken == 1 ? claim : null;
    }

    private boolean deliver(Long id, String claim) {
        OutboxMessage message = inTransaction(() -> outbox.findById(id).orElseThrow());
        MessageGateway gateway = gateways.forChannel(message.getChannel());
        String reference;
        try {
            OutgoingMessage outgoing = new OutgoingMessage(
                    id,
                    message.getChannel(),
                    cipher.decrypt(OutboxMessage.RECIPIENT_COLUMN, message.getEncryptedRecipient()),
                    message.getSubject(),
                    message.getBody(),
                    message.getTrackingNumber(),
                    message.getMilestone().name());
            reference = gateway.send(outgoing);
        } catch (RuntimeException e) {
            failed(message, claim, e);
            return false;
        }
        Status outcome = gateways.isReal(gateway) ? Status.SENT : Status.UNSENT;
        metrics.delivered(message.getChannel(), outcome);
        String kept = reference == null ? null : abbreviated(reference, MAX_REFERENCE);
        if (inTransaction(() -> outbox.delivered(id, claim, outcome, clock.instant(), gateway.name(), kept)) == 0) {
            log.warn("Message #{} was delivered after its claim ran out; it may be delivered again", id);
        }
        return outcome == Status.SENT;
    }

    private void failed(OutboxMessage message, String claim, RuntimeException e) {
        int attempts = message.getAttempts() + 1;
        boolean givingUp = attempts >= properties.maxAttempts();
        Instant next = givingUp ? message.getNextAttemptAt() : clock.instant().plus(properties.retryAfter(attempts));
        String error = describe(e);
        metrics.failed(message.getChannel(), givingUp);
        inTransaction(
                () -> outbox.failed(message.getId(), claim, givingUp ? Status.FAILED : Status.PENDING, next, error));
        log.warn(
                "Message #{} by {}: attempt {} of {} failed ({}){}",
                message.getId(),
                message.getChannel(),
                attempts,
                properties.maxAttempts(),
                error,
                givingUp ? "; given up" : "; trying again at " + next);
    }

    /** The failure as the administrator sees it, with anything that looks like a phone number or address masked. */
    static String describe(RuntimeException e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return abbreviated(
                text.replaceAll("[^\\s@]+@[^\\s@]+", "***@***").replaceAll("\\+?\\d[\\d -]{5,}\\d", "***"), MAX_ERROR);
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * Runs one step in a transaction of its own. Nodes polling at once can deadlock on the outbox's due index, whose
     * entries share a due time to the second; the database rolls the loser back whole, and each step (a read or an
     * update conditional on the claim) is safe to run again. So the loser tries again, rather than fail the poll and
     * leave a message it has delivered to be sent once more when its lease runs out.
     */
    private <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || Problems.concurrentChangeIn(e).isEmpty()) {
                    throw e;
                }
            }
        }
    }
}
