package org.xinfang.petition.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** Marks a token used, unless a request marked it since {@code unless}: at most one write a minute per token. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and t.lastUsedAt < :unlessUsedSince")
    int markUsed(Long id, Instant now, Instant unlessUsedSince);

    @Modifying
    @Query("delete from ApiToken t where t.tokenHash = :tokenHash")
    int deleteByHash(String tokenHash);

    @Modifying
    @Query("delete from ApiToken t where t.username = :username")
    int deleteAllOf(String username);

    /** The user's tokens that can no longer be used, removed when they get a new one. */
    @Modifying
    @Query(
            "delete from ApiToken t where t.username = :username and (t.expiresAt <= :now or t.lastUsedAt <= :idleSince)")
    int deleteDeadOf(String username, Instant now, Instant idleSince);
}
