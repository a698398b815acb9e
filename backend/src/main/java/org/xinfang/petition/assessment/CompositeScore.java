package org.xinfang.petition.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 综合得分: a bureau's month scored with the weights in force then, in decimal arithmetic so that it can be worked
 * out by hand. Each part is 0–100, the weighted mean of what was counted, to two decimals (half up): a part or an
 * indicator with nothing to count (no sign-for due, no survey) leaves its weight to the others of its level rather
 * than counting as zero or as full marks. The total is public evaluation and work so weighted, less the deductions
 * for supervision orders and accountability records (问责结果纳入考核), never below 0; the grade follows from the
 * thresholds. A bureau with nothing counted at all has no score.
 *
 * @param opinionSurvey the public-opinion survey's score (民意调查), as entered
 * @param serviceSurvey the random-sample survey's score (服务对象调查)
 * @param publicEvaluation the two surveys so weighted (公众评价)
 * @param work the work indicators so weighted (工作指标)
 * @param deductions points taken off
 * @param total the score, or {@code null} when nothing was counted
 * @param grade the grade of the total, or {@code null} with it
 */
record CompositeScore(
        BigDecimal opinionSurvey,
        BigDecimal serviceSurvey,
        BigDecimal publicEvaluation,
        BigDecimal work,
        BigDecimal deductions,
        BigDecimal total,
        Grade grade) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static CompositeScore of(WeightsView weights, Figures figures, BigDecimal opinionSurvey, BigDecimal serviceSurvey) {
        BigDecimal publicEvaluation = weighted(List.of(
                new Part(weights.opinionSurvey(), opinionSurvey), new Part(weights.serviceSurvey(), serviceSurvey)));
        BigDecimal work = weighted(List.of(
                Part.of(weights.onTimeSignFor(), figures.onTimeSignForRate(), false),
                Part.of(weights.onTimeCompletion(), figures.onTimeCompletionRate(), false),
                Part.of(weights.fewReturns(), figures.returnRate(), true),
                Part.of(weights.fewReopenings(), figures.reopenRate(), true),
                Part.of(weights.callbackContact(), figures.callbackContactRate(), false),
                Part.of(weights.callbackSatisfaction(), figures.callbackSatisfactionRate(), false),
                Part.of(weights.ratingSatisfaction(), figures.ratingSatisfactionRate(), false),
                Part.of(weights.windowSatisfaction(), figures.windowSatisfactionRate(), false)));
        BigDecimal base = weighted(
                List.of(new Part(weights.publicEvaluation(), publicEvaluation), new Part(weights.work(), work)));
        BigDecimal deductions = weights.perSupervisionOrder()
                .multiply(BigDecimal.valueOf(figures.supervisionOrders()))
                .add(weights.perAccountability().multiply(BigDecimal.valueOf(figures.accountability())))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = base == null ? null : base.subtract(deductions).max(BigDecimal.ZERO.setScale(2));
        return new CompositeScore(
                opinionSurvey,
                serviceSurvey,
                publicEvaluation,
                work,
                deductions,
                total,
                total == null ? null : Grade.of(total, weights));
    }

    /** The weighted mean of the parts that were counted, to two decimals; none counted, none. */
    private static BigDecimal weighted(List<Part> parts) {
        List<Part> counted = parts.stream()
                .filter(part -> part.score() != null && part.weight() > 0)
                .toList();
        int weights = counted.stream().mapToInt(Part::weight).sum();
        if (weights == 0) {
            return null;
        }
        BigDecimal sum = counted.stream()
                .map(part -> part.score().multiply(BigDecimal.valueOf(part.weight())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** A weighted score 0–100, or {@code null} when nothing was counted. */
    private record Part(int weight, BigDecimal score) {

        /** A rate as a score: the share itself, or for a share to keep low (returns, reopenings) its complement. */
        static Part of(int weight, Rate rate, boolean lowerIsBetter) {
            if (!rate.counted()) {
                return new Part(weight, null);
            }
            BigDecimal share = BigDecimal.valueOf(rate.value());
            return new Part(weight, (lowerIsBetter ? BigDecimal.ONE.subtract(share) : share).multiply(HUNDRED));
        }
    }

    /** 优秀 / 合格 / 不合格. */
    enum Grade {
        EXCELLENT,
        QUALIFIED,
        UNQUALIFIED;

        static Grade of(BigDecimal total, WeightsView weights) {
            if (total.compareTo(weights.excellentFrom()) >= 0) {
                return EXCELLENT;
            }
            return total.compareTo(weights.qualifiedFrom()) >= 0 ? QUALIFIED : UNQUALIFIED;
        }
    }
}
