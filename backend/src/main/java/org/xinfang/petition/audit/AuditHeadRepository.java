package org.xinfang.petition.audit;

import org.springframework.data.jpa.repository.JpaRepository;

/** The head as committed, for anchoring and verifying; the chain writer locks and moves it ({@link AuditChain}). */
interface AuditHeadRepository extends JpaRepository<AuditHead, Integer> {}
