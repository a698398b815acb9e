package org.xinfang.petition.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A closed month's result for one bureau, as published: its {@link BureauAssessment} written out as JSON. */
@Entity
@Table(name = "assessment_result")
class FrozenResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessed_month")
    private String month;

    @Column(name = "unit_code")
    private String unitCode;

    private String figures;

    protected FrozenResult() {}

    FrozenResult(String month, String unitCode, String figures) {
        this.month = month;
        this.unitCode = unitCode;
        this.figures = figures;
    }

    String getFigures() {
        return figures;
    }
}
