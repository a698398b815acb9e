package org.xinfang.petition.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.privacy.BlindIndex;

/**
 * Bearer tokens for staff API clients: the cheap way to authenticate every request. A token is 256 random bits,
 * stored only as its keyed hash (HMAC under the index key, as the blind indexes are), so that the table alone
 * yields no usable token. Checking one is a lookup by that hash and the staff member's current state, no password
 * hash: a token expires, lapses when idle, is revoked by deleting it, and stops working at once when its user is
 * disabled or locked or their password changes (it was issued under a keyed stamp of the password hash).
 */
@Service
class ApiTokens {

    static final String PREFIX = "xft_";
    private static final String TOKEN_PURPOSE = "staff-api-token";
    private static final String PASSWORD_PURPOSE = "staff-api-token-password";
    private static final int TOKEN_BYTES = 32;
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final StaffUserDetailsService users;
    private final BlindIndex keyedHash;
    private final ApiTokenProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(
            ApiTokenRepository tokens,
            StaffUserDetailsService users,
            BlindIndex keyedHash,
            ApiTokenProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.keyedHash = keyedHash;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Issues a token to a staff member who has just proved their password (HTTP Basic or the session's login). */
    @Transactional
    Issued issue(StaffPrincipal staff) {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        tokens.deleteDeadOf(staff.username(), now, now.minus(properties.idleTimeout()));
        ApiToken saved = tokens.save(
                new ApiToken(hashOf(token), staff.username(), stampOf(staff), now, now.plus(properties.lifetime())));
        events.publishEvent(new StaffTokenIssued(staff.username(), saved.getId(), saved.getExpiresAt()));
        return new Issued(
                token, "Bearer", saved.getExpiresAt(), properties.idleTimeout().toSeconds());
    }

    /** The staff member a token stands for, as they are now; empty when it is unknown, dead or no longer theirs. */
    @Transactional(noRollbackFor = UsernameNotFoundException.class)
    Optional<StaffPrincipal> authenticate(String token) {
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByTokenHash(hashOf(token))
                .filter(candidate -> candidate.isLiveAt(now, properties.idleTimeout()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken live = found.get();
        StaffPrincipal staff;
        try {
            staff = users.loadUserByUsername(live.getUsername());
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
        if (!staff.isEnabled() || !staff.isAccountNonLocked() || !stampOf(staff).equals(live.getPasswordStamp())) {
            return Optional.empty();
        }
        if (!live.getLastUsedAt().plus(USE_RECORDED_EVERY).isAfter(now)) {
            tokens.markUsed(live.getId(), now, now.minus(USE_RECORDED_EVERY));
        }
        return Optional.of(staff);
    }

    /** Revokes the token presented; the event names its user. */
    @Transactional
    void revoke(String token, String username) {
        events.publishEvent(new StaffTokensRevoked(username, false, tokens.deleteByHash(hashOf(token))));
    }

    /** Revokes every token of a staff member. */
    @Transactional
    void revokeAll(String username) {
        events.publishEvent(new StaffTokensRevoked(username, true, tokens.deleteAllOf(username)));
    }

    private String hashOf(String token) {
        return keyedHash.of(TOKEN_PURPOSE, token);
    }

    private String stampOf(StaffPrincipal staff) {
        return keyedHash.of(PASSWORD_PURPOSE, staff.passwordHash());
    }

    /** What the client gets, once: the token, its type, when it expires and its idle timeout in seconds. */
    record Issued(String token, String tokenType, Instant expiresAt, long idleTimeoutSeconds) {}
}
