package org.xinfang.petition.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One press of a window evaluator (评价器): the device's unit, the service, the verdict and, for 不满意, a reason
 * code. Nothing else: no free text, nothing about the person who pressed.
 */
@Entity
@Table(name = "window_rating")
class WindowRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_id")
    private Long deviceId;

    @Column(name = "unit_code")
    private String unitCode;

    private String service;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    @Enumerated(EnumType.STRING)
    private WindowRatingReason reason;

    @Column(name = "rated_at")
    private Instant ratedAt;

    protected WindowRating() {}

    WindowRating(
            Long deviceId, String unitCode, String service, Verdict verdict, WindowRatingReason reason, Instant at) {
        this.deviceId = deviceId;
        this.unitCode = unitCode;
        this.service = service;
        this.verdict = verdict;
        this.reason = reason;
        this.ratedAt = at;
    }

    Long getId() {
        return id;
    }

    String getUnitCode() {
        return unitCode;
    }

    String getService() {
        return service;
    }

    Verdict getVerdict() {
        return verdict;
    }

    WindowRatingReason getReason() {
        return reason;
    }

    Instant getRatedAt() {
        return ratedAt;
    }
}
