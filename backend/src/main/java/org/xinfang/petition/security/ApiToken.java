package org.xinfang.petition.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A bearer token issued to a staff member, kept as its keyed hash only; revoking it deletes it. */
@Entity
@Table(name = "staff_api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    private String username;

    @Column(name = "password_stamp")
    private String passwordStamp;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {}

    ApiToken(String tokenHash, String username, String passwordStamp, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.passwordStamp = passwordStamp;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.lastUsedAt = issuedAt;
    }

    /** Not expired, and used within the idle timeout. */
    boolean isLiveAt(Instant now, Duration idleTimeout) {
        return now.isBefore(expiresAt) && now.isBefore(lastUsedAt.plus(idleTimeout));
    }

    Long getId() {
        return id;
    }

    String getTokenHash() {
        return tokenHash;
    }

    String getUsername() {
        return username;
    }

    String getPasswordStamp() {
        return passwordStamp;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
