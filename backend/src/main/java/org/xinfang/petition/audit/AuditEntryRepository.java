package org.xinfang.petition.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /** Chained entries in chain order. */
    List<AuditEntry> findBySeqGreaterThanOrderBySeqAsc(long afterSeq, Pageable page);

    /** Entries written but not chained yet, oldest first. */
    List<AuditEntry> findBySeqIsNullOrderByIdAsc(Pageable page);

    Optional<AuditEntry> findBySeq(long seq);

    long countBySeqIsNull();
}
