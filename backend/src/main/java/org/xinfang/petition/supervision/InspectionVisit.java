package org.xinfang.petition.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.xinfang.petition.organization.OrgUnit;

/** 明查暗访、突击检查: one inspection visit to a unit, what kind, when, and what was found. */
@Entity
@Table(name = "inspection_visit")
class InspectionVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    private VisitKind kind;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    private String findings;

    private String inspector;

    @Column(name = "created_at")
    private Instant createdAt;

    protected InspectionVisit() {}

    InspectionVisit(OrgUnit unit, VisitKind kind, LocalDate visitedOn, String findings, String inspector, Instant at) {
        this.unit = unit;
        this.kind = kind;
        this.visitedOn = visitedOn;
        this.findings = findings;
        this.inspector = inspector;
        this.createdAt = at;
    }

    Long getId() {
        return id;
    }

    OrgUnit getUnit() {
        return unit;
    }

    VisitKind getKind() {
        return kind;
    }

    LocalDate getVisitedOn() {
        return visitedOn;
    }

    String getFindings() {
        return findings;
    }

    String getInspector() {
        return inspector;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
