package org.xinfang.petition.abuse;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface LookupFailuresRepository extends JpaRepository<LookupFailures, String> {

    /** The subject's row, locked until the transaction ends: concurrent failures on any node are all counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from LookupFailures f where f.subjectHash = :subjectHash")
    Optional<LookupFailures> findForUpdate(String subjectHash);

    /** Rows that neither count failures nor lock anyone out any more. */
    @Modifying
    @Transactional
    @Query("delete from LookupFailures f where (f.windowStartedAt is null or f.windowStartedAt <= :windowsBefore)"
            + " and (f.lockedUntil is null or f.lockedUntil <= :now)")
    int deleteStale(Instant windowsBefore, Instant now);
}
