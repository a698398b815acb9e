package org.xinfang.petition.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A month's draw: its seed, the questionnaire version its calls ask, and its strata. One per month. */
@Entity
@Table(name = "survey_draw")
class SurveyDraw {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_month")
    private String month;

    private long seed;

    @Column(name = "questionnaire_version")
    private int questionnaireVersion;

    private int population;

    @Column(name = "drawn_by")
    private String drawnBy;

    @Column(name = "drawn_at")
    private Instant drawnAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "draw_id", nullable = false, updatable = false)
    @OrderBy("unitCode, source")
    private List<SurveyStratum> strata = new ArrayList<>();

    protected SurveyDraw() {}

    SurveyDraw(String month, long seed, int questionnaireVersion, int population, String drawnBy, Instant drawnAt) {
        this.month = month;
        this.seed = seed;
        this.questionnaireVersion = questionnaireVersion;
        this.population = population;
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    void addStratum(SurveyStratum stratum) {
        strata.add(stratum);
    }

    Long getId() {
        return id;
    }

    String getMonth() {
        return month;
    }

    long getSeed() {
        return seed;
    }

    int getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    int getPopulation() {
        return population;
    }

    String getDrawnBy() {
        return drawnBy;
    }

    Instant getDrawnAt() {
        return drawnAt;
    }

    List<SurveyStratum> getStrata() {
        return strata;
    }
}
