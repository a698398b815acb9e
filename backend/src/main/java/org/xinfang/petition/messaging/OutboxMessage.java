package org.xinfang.petition.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One message to the complainant on one channel, in the outbox: written with the case change it announces,
 * delivered later. The recipient is stored encrypted (column {@value #RECIPIENT_COLUMN}) beside its masked form.
 */
@Entity
@Table(name = "message_outbox")
public class OutboxMessage {

    static final String RECIPIENT_COLUMN = MessagingColumns.RECIPIENT.associatedData();

    /** Where a message stands. */
    public enum Status {
        /** Waiting for its (next) delivery attempt. */
        PENDING,
        /** Taken by a real gateway, which gave the provider's reference if it has one. */
        SENT,
        /**
         * No real gateway handles its channel (a trial without SMS or mail configured): only recorded, never sent. An
         * administrator may retry it once a gateway is configured.
         */
        UNSENT,
        /** Given up after the last attempt; an administrator may retry it. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    private Milestone milestone;

    @Enumerated(EnumType.STRING)
    private MessageChannel channel;

    private String recipient;

    @Column(name = "recipient_masked")
    private String recipientMasked;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The gateway that took the message, and the provider's reference for it. */
    private String gateway;

    @Column(name = "provider_reference")
    private String providerReference;

    @Version
    private long version;

    protected OutboxMessage() {}

    OutboxMessage(
            Long complaintId,
            String trackingNumber,
            Milestone milestone,
            MessageChannel channel,
            String encryptedRecipient,
            String recipientMasked,
            String subject,
            String body,
            Instant now) {
        this.complaintId = complaintId;
        this.trackingNumber = trackingNumber;
        this.milestone = milestone;
        this.channel = channel;
        this.recipient = encryptedRecipient;
        this.recipientMasked = recipientMasked;
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** An administrator asks for another round of attempts, now; a sent message is not sent again. */
    void retryNow(Instant now) {
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.claimedBy = null;
        this.claimedUntil = null;
    }

    Long getId() {
        return id;
    }

    Long getComplaintId() {
        return complaintId;
    }

    String getTrackingNumber() {
        return trackingNumber;
    }

    Milestone getMilestone() {
        return milestone;
    }

    MessageChannel getChannel() {
        return channel;
    }

    /** The recipient as stored: encrypted. */
    String getEncryptedRecipient() {
        return recipient;
    }

    String getRecipientMasked() {
        return recipientMasked;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getClaimedBy() {
        return claimedBy;
    }

    Instant getClaimedUntil() {
        return claimedUntil;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getGateway() {
        return gateway;
    }

    String getProviderReference() {
        return providerReference;
    }
}
