package org.xinfang.petition.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A window evaluator (评价器) registered by an administrator: its unit, the services it rates and the keyed hash of
 * its key (the key itself is shown once and never kept). A rotation replaces the hash; a revocation ends it.
 */
@Entity
@Table(name = "evaluator_device")
class EvaluatorDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "unit_code")
    private String unitCode;

    /** The service codes, comma-separated. */
    private String services;

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "rotated_by")
    private String rotatedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    /** Two administrators changing one device at once: one wins, the other is refused. */
    @Version
    private long version;

    protected EvaluatorDevice() {}

    EvaluatorDevice(String name, String unitCode, List<String> services, String keyHash, Instant at, String by) {
        this.name = name;
        this.unitCode = unitCode;
        this.services = String.join(",", services);
        this.keyHash = keyHash;
        this.registeredAt = at;
        this.registeredBy = by;
    }

    void rotate(String keyHash, Instant at, String by) {
        this.keyHash = keyHash;
        this.rotatedAt = at;
        this.rotatedBy = by;
    }

    void revoke(Instant at, String by) {
        this.revokedAt = at;
        this.revokedBy = by;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    boolean rates(String service) {
        return getServices().contains(service);
    }

    EvaluatorView view() {
        return new EvaluatorView(
                id,
                name,
                unitCode,
                getServices(),
                registeredAt,
                registeredBy,
                rotatedAt,
                rotatedBy,
                revokedAt,
                revokedBy);
    }

    Long getId() {
        return id;
    }

    String getUnitCode() {
        return unitCode;
    }

    List<String> getServices() {
        return Arrays.asList(services.split(","));
    }

    String getKeyHash() {
        return keyHash;
    }
}
