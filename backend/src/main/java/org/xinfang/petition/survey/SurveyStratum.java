package org.xinfang.petition.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stratum of a draw, a bureau and a source: how many people it held and how many were drawn. */
@Entity
@Table(name = "survey_stratum")
class SurveyStratum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code")
    private String unitCode;

    @Enumerated(EnumType.STRING)
    private SurveySource source;

    private int population;

    private int drawn;

    protected SurveyStratum() {}

    SurveyStratum(String unitCode, SurveySource source, int population, int drawn) {
        this.unitCode = unitCode;
        this.source = source;
        this.population = population;
        this.drawn = drawn;
    }

    String getUnitCode() {
        return unitCode;
    }

    SurveySource getSource() {
        return source;
    }

    int getPopulation() {
        return population;
    }

    int getDrawn() {
        return drawn;
    }
}
