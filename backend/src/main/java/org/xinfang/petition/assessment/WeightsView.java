package org.xinfang.petition.assessment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A version of the weights as shown and as proposed (the id is the database's). Every part is a whole percentage
 * 0–100 of its level; deductions are points; grades start at their score; a bureau with fewer cases received in the
 * month than the minimum is not ranked.
 */
record WeightsView(
        Long id,
        @NotNull YearMonth effectiveFrom,
        @Min(0) @Max(100) int publicEvaluation,
        @Min(0) @Max(100) int work,
        @Min(0) @Max(100) int opinionSurvey,
        @Min(0) @Max(100) int serviceSurvey,
        @Min(0) @Max(100) int onTimeSignFor,
        @Min(0) @Max(100) int onTimeCompletion,
        @Min(0) @Max(100) int fewReturns,
        @Min(0) @Max(100) int fewReopenings,
        @Min(0) @Max(100) int callbackContact,
        @Min(0) @Max(100) int callbackSatisfaction,
        @Min(0) @Max(100) int ratingSatisfaction,
        @Min(0) @Max(100) int windowSatisfaction,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal perSupervisionOrder,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal perAccountability,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal excellentFrom,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal qualifiedFrom,
        @Min(0) @Max(100000) int minimumCases) {

    int workIndicators() {
        return onTimeSignFor
                + onTimeCompletion
                + fewReturns
                + fewReopenings
                + callbackContact
                + callbackSatisfaction
                + ratingSatisfaction
                + windowSatisfaction;
    }
}
