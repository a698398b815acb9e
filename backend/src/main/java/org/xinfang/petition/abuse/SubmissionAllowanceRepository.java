package org.xinfang.petition.abuse;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface SubmissionAllowanceRepository extends JpaRepository<SubmissionAllowance, String> {

    /** The address's row, locked until the transaction ends: on any node, one submission is taken at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from SubmissionAllowance a where a.addressHash = :addressHash")
    Optional<SubmissionAllowance> findForUpdate(String addressHash);

    /** Rows whose window is over: the next submission from that address starts a window anew anyway. */
    @Modifying
    @Transactional
    @Query("delete from SubmissionAllowance a where a.windowStartedAt <= :windowsBefore")
    int deleteStale(Instant windowsBefore);
}
