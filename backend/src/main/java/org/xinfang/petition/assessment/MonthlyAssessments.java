package org.xinfang.petition.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.survey.SurveyResults;
import org.xinfang.petition.survey.SurveyTally;

/**
 * 月度考核: a month's indicators, scores, grades and ranking. An open month is worked out afresh from the current
 * figures each time it is asked for; an inspector closes a month once it is over, which scores it one last time with
 * the weights in force then and freezes the result, so later edits (a late callback, an exclusion) never change what
 * was published. Closing is audited; closing twice, or two closings at once, is 409. Opinion scores entered while a
 * month closes are either in its result or refused.
 */
@Service
class MonthlyAssessments {

    private final Indicators indicators;
    private final WeightsVersions weights;
    private final OpinionScores opinionScores;
    private final SurveyResults surveys;
    private final ClosedMonthRepository closedMonths;
    private final FrozenResultRepository frozenResults;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    MonthlyAssessments(
            Indicators indicators,
            WeightsVersions weights,
            OpinionScores opinionScores,
            SurveyResults surveys,
            ClosedMonthRepository closedMonths,
            FrozenResultRepository frozenResults,
            CurrentStaff currentStaff,
            AuditTrail audit,
            ObjectMapper json,
            Clock clock) {
        this.indicators = indicators;
        this.weights = weights;
        this.opinionScores = opinionScores;
        this.surveys = surveys;
        this.closedMonths = closedMonths;
        this.frozenResults = frozenResults;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The month as published if it is closed, else as it stands now. */
    @Transactional(readOnly = true)
    MonthAssessment of(YearMonth month) {
        AssessmentAccess.requireViewer(currentStaff.get());
        return closedMonths.findById(month.toString()).map(this::published).orElseGet(() -> {
            WeightsView inForce = weights.inForce(month);
            return new MonthAssessment(
                    month, false, null, null, inForce, assess(month, inForce, opinionScores.of(month)));
        });
    }

    /** The latest month closed, as published; none before the first closing. */
    @Transactional(readOnly = true)
    Optional<MonthAssessment> latestClosed() {
        return closedMonths.findFirstByOrderByMonthDesc().map(this::published);
    }

    private MonthAssessment published(ClosedMonth closed) {
        return new MonthAssessment(
                YearMonth.parse(closed.getId()),
                true,
                closed.getClosedAt(),
                closed.getClosedBy(),
                weights.byId(closed.getWeightsId()),
                frozenResults.findByMonthOrderByIdAsc(closed.getId()).stream()
                        .map(result -> read(result.getFigures()))
                        .toList());
    }

    @Transactional
    MonthAssessment close(YearMonth month) {
        if (!AssessmentAccess.mayCloseMonths(currentStaff.get())) {
            throw PetitionException.forbidden("access-denied");
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw PetitionException.conflict("assessment.month-not-over", month);
        }
        // Opinion scores being entered for the month finish first, or wait for this and are refused.
        WeightsView inForce = weights.lockInForce(month);
        if (closedMonths.existsById(month.toString())) {
            throw PetitionException.conflict("assessment.month-closed", month);
        }
        Instant now = clock.instant();
        String closedBy = currentStaff.get().username();
        try {
            closedMonths.saveAndFlush(new ClosedMonth(month.toString(), inForce.id(), closedBy, now));
        } catch (DataIntegrityViolationException closed) {
            throw PetitionException.conflict("assessment.month-closed", month);
        }
        List<BureauAssessment> bureaus = assess(month, inForce, opinionScores.of(month));
        bureaus.forEach(bureau -> frozenResults.save(new FrozenResult(month.toString(), bureau.code(), write(bureau))));
        audit.recordChange("ASSESSMENT_MONTH_CLOSED", null, month + ", weights from " + inForce.effectiveFrom());
        return new MonthAssessment(month, true, now, closedBy, inForce, bureaus);
    }

    private List<BureauAssessment> assess(YearMonth month, WeightsView inForce, Map<String, BigDecimal> opinion) {
        Map<String, BigDecimal> service = ServiceSurveyScore.byUnit(surveys.of(month));
        List<BureauAssessment> bureaus = new ArrayList<>();
        for (UnitIndicators unit : indicators.of(month.atDay(1), month.atEndOfMonth())) {
            Figures own = unit.own().figures();
            bureaus.add(new BureauAssessment(
                    unit.code(),
                    unit.nameZh(),
                    unit.nameEn(),
                    unit.level(),
                    unit.own(),
                    CompositeScore.of(inForce, own, opinion.get(unit.code()), service.get(unit.code())),
                    null,
                    null,
                    false));
        }
        return Ranking.rank(bureaus, inForce.minimumCases());
    }

    private String write(BureauAssessment bureau) {
        try {
            return json.writeValueAsString(bureau);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private BureauAssessment read(String figures) {
        try {
            return json.readValue(figures, BureauAssessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A month: whether it is closed (and when, by whom), the weights it is scored with, and every bureau. */
    record MonthAssessment(
            YearMonth month,
            boolean closed,
            Instant closedAt,
            String closedBy,
            WeightsView weights,
            List<BureauAssessment> bureaus) {}

    /** 服务对象调查: the random-sample survey's score per bureau, over both kinds of people surveyed. */
    static final class ServiceSurveyScore {

        private ServiceSurveyScore() {}

        /**
         * The mean overall score of the valid answers, 0–100 (each source weighted by its valid answers); where no
         * source gave an overall score, the satisfied share of the valid answers; no valid answer, no score.
         */
        static Map<String, BigDecimal> byUnit(List<SurveyTally> tallies) {
            Map<String, double[]> sums = new HashMap<>();
            for (SurveyTally tally : tallies) {
                double[] sum = sums.computeIfAbsent(tally.unitCode(), any -> new double[4]);
                if (tally.averageScore() != null) {
                    sum[0] += tally.averageScore() * tally.valid();
                    sum[1] += tally.valid();
                }
                sum[2] += tally.satisfied();
                sum[3] += tally.valid();
            }
            Map<String, BigDecimal> scores = new HashMap<>();
            sums.forEach((unit, sum) -> {
                if (sum[1] > 0) {
                    scores.put(unit, BigDecimal.valueOf(sum[0] / sum[1]).setScale(2, RoundingMode.HALF_UP));
                } else if (sum[3] > 0) {
                    scores.put(unit, BigDecimal.valueOf(100 * sum[2] / sum[3]).setScale(2, RoundingMode.HALF_UP));
                }
            });
            return scores;
        }
    }
}
