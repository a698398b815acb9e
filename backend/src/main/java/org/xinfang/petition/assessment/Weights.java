package org.xinfang.petition.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One version of the assessment's weights, in force from its month until the next version's. Parts are whole
 * percentages of their level: public evaluation and work of the total, the opinion and the service survey of the
 * public evaluation, the indicators of the work.
 */
@Entity
@Table(name = "assessment_weights")
class Weights {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "effective_from")
    private String effectiveFrom;

    @Column(name = "public_evaluation")
    private int publicEvaluation;

    private int work;

    @Column(name = "opinion_survey")
    private int opinionSurvey;

    @Column(name = "service_survey")
    private int serviceSurvey;

    @Column(name = "on_time_sign_for")
    private int onTimeSignFor;

    @Column(name = "on_time_completion")
    private int onTimeCompletion;

    @Column(name = "few_returns")
    private int fewReturns;

    @Column(name = "few_reopenings")
    private int fewReopenings;

    @Column(name = "callback_contact")
    private int callbackContact;

    @Column(name = "callback_satisfaction")
    private int callbackSatisfaction;

    @Column(name = "rating_satisfaction")
    private int ratingSatisfaction;

    @Column(name = "window_satisfaction")
    private int windowSatisfaction;

    @Column(name = "per_supervision_order")
    private BigDecimal perSupervisionOrder;

    @Column(name = "per_accountability")
    private BigDecimal perAccountability;

    @Column(name = "excellent_from")
    private BigDecimal excellentFrom;

    @Column(name = "qualified_from")
    private BigDecimal qualifiedFrom;

    @Column(name = "minimum_cases")
    private int minimumCases;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Weights() {}

    Weights(WeightsView view, String createdBy, Instant createdAt) {
        this.effectiveFrom = view.effectiveFrom().toString();
        this.publicEvaluation = view.publicEvaluation();
        this.work = view.work();
        this.opinionSurvey = view.opinionSurvey();
        this.serviceSurvey = view.serviceSurvey();
        this.onTimeSignFor = view.onTimeSignFor();
        this.onTimeCompletion = view.onTimeCompletion();
        this.fewReturns = view.fewReturns();
        this.fewReopenings = view.fewReopenings();
        this.callbackContact = view.callbackContact();
        this.callbackSatisfaction = view.callbackSatisfaction();
        this.ratingSatisfaction = view.ratingSatisfaction();
        this.windowSatisfaction = view.windowSatisfaction();
        this.perSupervisionOrder = view.perSupervisionOrder();
        this.perAccountability = view.perAccountability();
        this.excellentFrom = view.excellentFrom();
        this.qualifiedFrom = view.qualifiedFrom();
        this.minimumCases = view.minimumCases();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    WeightsView view() {
        return new WeightsView(
                id,
                YearMonth.parse(effectiveFrom),
                publicEvaluation,
                work,
                opinionSurvey,
                serviceSurvey,
                onTimeSignFor,
                onTimeCompletion,
                fewReturns,
                fewReopenings,
                callbackContact,
                callbackSatisfaction,
                ratingSatisfaction,
                windowSatisfaction,
                perSupervisionOrder,
                perAccountability,
                excellentFrom,
                qualifiedFrom,
                minimumCases);
    }
}
