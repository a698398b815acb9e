package org.xinfang.petition.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** AB岗: one absence of a staff member and who stands in for them from its start to its end. */
@Entity
@Table(name = "staff_absence")
class StaffAbsence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String substitute;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    protected StaffAbsence() {}

    StaffAbsence(String username, String substitute, Instant startsAt, Instant endsAt, String reason, Instant now) {
        this.username = username;
        this.substitute = substitute;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getSubstitute() {
        return substitute;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    String getReason() {
        return reason;
    }
}
