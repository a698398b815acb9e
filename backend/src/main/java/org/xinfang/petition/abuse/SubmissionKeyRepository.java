package org.xinfang.petition.abuse;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface SubmissionKeyRepository extends JpaRepository<SubmissionKey, Long> {

    Optional<SubmissionKey> findByKeyHash(String keyHash);

    @Modifying
    @Transactional
    @Query("delete from SubmissionKey k where k.expiresAt <= :now")
    int deleteExpired(Instant now);
}
