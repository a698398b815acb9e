package org.xinfang.petition.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A client application that may file through Open311, registered by an administrator: its name and the keyed hash
 * of its api_key (the key itself is shown once and never kept). A revocation ends it.
 */
@Entity
@Table(name = "open311_client")
class Open311Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    /** Two administrators changing one application at once: one wins, the other is refused. */
    @Version
    private long version;

    protected Open311Client() {}

    Open311Client(String name, String keyHash, Instant at, String by) {
        this.name = name;
        this.keyHash = keyHash;
        this.registeredAt = at;
        this.registeredBy = by;
    }

    void revoke(Instant at, String by) {
        this.revokedAt = at;
        this.revokedBy = by;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    Long getId() {
        return id;
    }

    Open311ClientView view() {
        return new Open311ClientView(id, name, registeredAt, registeredBy, revokedAt, revokedBy);
    }
}
