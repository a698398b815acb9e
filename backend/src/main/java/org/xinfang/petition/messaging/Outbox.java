package org.xinfang.petition.messaging;

import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.messaging.OutboxMessage.Status;
import org.xinfang.petition.shared.PetitionException;

/** The outbox as administrators see it: messages with masked recipients, and a retry for those that failed. */
@Service
public class Outbox {

    private final OutboxRepository messages;
    private final Clock clock;

    Outbox(OutboxRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<MessageView> list(Status status, Pageable page) {
        return (status == null ? messages.findAll(page) : messages.findByStatus(status, page)).map(MessageView::of);
    }

    /**
     * Another round of attempts, starting now. A message already sent is not sent again, and one a node is
     * delivering right now is left to it (409 for both).
     */
    @Transactional
    public MessageView retry(long id) {
        OutboxMessage message =
                messages.findById(id).orElseThrow(() -> PetitionException.notFound("outbox.not-found", id));
        Instant now = clock.instant();
        if (message.getStatus() == Status.SENT) {
            throw PetitionException.conflict("outbox.already-sent", id);
        }
        if (message.getClaimedUntil() != null && message.getClaimedUntil().isAfter(now)) {
            throw PetitionException.conflict("outbox.being-delivered", id);
        }
        message.retryNow(now);
        return MessageView.of(message);
    }

    /** One message for the administrator: the recipient masked, the text (public-safe by construction) in full. */
    public record MessageView(
            long id,
            String trackingNumber,
            Milestone milestone,
            MessageChannel channel,
            String recipient,
            Status status,
            int attempts,
            Instant nextAttemptAt,
            Instant claimedUntil,
            String lastError,
            Instant createdAt,
            Instant sentAt,
            String gateway,
            String providerReference,
            String subject,
            String text) {

        static MessageView of(OutboxMessage message) {
            return new MessageView(
                    message.getId(),
                    message.getTrackingNumber(),
                    message.getMilestone(),
                    message.getChannel(),
                    message.getRecipientMasked(),
                    message.getStatus(),
                    message.getAttempts(),
                    message.getNextAttemptAt(),
                    message.getClaimedUntil(),
                    message.getLastError(),
                    message.getCreatedAt(),
                    message.getSentAt(),
                    message.getGateway(),
                    message.getProviderReference(),
                    message.getSubject(),
                    message.getBody());
        }
    }
}
