package org.xinfang.petition.audit;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AuditHeadRepository extends JpaRepository<AuditHead, Integer> {

  /** The head, locked until the transaction ends: one writer at a time appends to the chain. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select head from AuditHead head where head.id = 1")
  Optional<AuditHead> lockHead();
}
