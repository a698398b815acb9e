package org.xinfang.petition.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A filing's {@code Idempotency-Key}, kept for a while so that a retry gets the first answer: the key's hash (the
 * key itself is not kept), the fingerprint of the request it came with, and that request's answer, the query code
 * sealed so that only the same key and request open it.
 */
@Entity
@Table(name = "submission_key")
class SubmissionKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_hash")
    private String keyHash;

    private String fingerprint;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "sealed_query_code")
    private String sealedQueryCode;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected SubmissionKey() {}

    SubmissionKey(
            String keyHash,
            String fingerprint,
            String trackingNumber,
            String sealedQueryCode,
            Instant createdAt,
            Instant expiresAt) {
        this.keyHash = keyHash;
        this.fingerprint = fingerprint;
        this.trackingNumber = trackingNumber;
        this.sealedQueryCode = sealedQueryCode;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean hasExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    String getFingerprint() {
        return fingerprint;
    }

    String getTrackingNumber() {
        return trackingNumber;
    }

    String getSealedQueryCode() {
        return sealedQueryCode;
    }
}
