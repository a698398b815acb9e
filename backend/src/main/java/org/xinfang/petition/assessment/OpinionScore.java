package org.xinfang.petition.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** 民意调查: a bureau's score (0–100) in the month's public-opinion survey, run outside the system. */
@Entity
@Table(name = "opinion_score")
class OpinionScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessed_month")
    private String month;

    @Column(name = "unit_code")
    private String unitCode;

    private BigDecimal score;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_at")
    private Instant enteredAt;

    protected OpinionScore() {}

    OpinionScore(String month, String unitCode) {
        this.month = month;
        this.unitCode = unitCode;
    }

    void enter(BigDecimal score, String enteredBy, Instant enteredAt) {
        this.score = score;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    String getUnitCode() {
        return unitCode;
    }

    BigDecimal getScore() {
        return score;
    }
}
