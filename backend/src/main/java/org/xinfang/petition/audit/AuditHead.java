package org.xinfang.petition.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. Chaining locks this one row (only for the chaining,
 * {@link AuditChain}), so entries from every node line up in one chain; a deleted last entry shows as a head that
 * points past the log.
 */
@Entity
@Table(name = "audit_head")
class AuditHead {

    @Id
    private Integer id;

    @Column(name = "last_seq")
    private long lastSeq;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditHead() {}

    long getLastSeq() {
        return lastSeq;
    }

    String getLastHash() {
        return lastHash;
    }
}
