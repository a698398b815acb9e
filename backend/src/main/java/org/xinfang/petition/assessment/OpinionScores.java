package org.xinfang.petition.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * 民意调查: the public-opinion survey is run outside the system (by phone, by a statistics office); the petition
 * office enters each bureau's score for the month, 0–100. A score entered again replaces the earlier one until the
 * month is closed. Audited.
 */
@Service
class OpinionScores {

    private final OpinionScoreRepository scores;
    private final ClosedMonthRepository closedMonths;
    private final WeightsVersions weights;
    private final Organisation organisation;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    OpinionScores(
            OpinionScoreRepository scores,
            ClosedMonthRepository closedMonths,
            WeightsVersions weights,
            Organisation organisation,
            CurrentStaff currentStaff,
            AuditTrail audit,
            Clock clock) {
        this.scores = scores;
        this.closedMonths = closedMonths;
        this.weights = weights;
        this.organisation = organisation;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void enter(YearMonth month, Entries entries) {
        String username = currentStaff.get().username();
        if (!AssessmentAccess.mayEnterOpinionScores(currentStaff.get())) {
            throw PetitionException.forbidden("access-denied");
        }
        // A closing of the month waits for this entry, or this entry for the closing (then 409).
        weights.lockInForce(month);
        if (closedMonths.existsById(month.toString())) {
            throw PetitionException.conflict("assessment.month-closed", month);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.scores().size(); i++) {
            String unit = entries.scores().get(i).unit();
            if (organisation.unit(unit).filter(OrgUnit::isBureau).isEmpty()) {
                throw PetitionException.invalid("scores[" + i + "].unit", "constraint.not-a-bureau", unit);
            }
            if (!seen.add(unit)) {
                throw PetitionException.invalid("scores[" + i + "].unit", "opinion.duplicate-unit", unit);
            }
        }
        try {
            for (Entry entry : entries.scores()) {
                OpinionScore score = scores.findByMonthAndUnitCode(month.toString(), entry.unit())
                        .orElseGet(() -> new OpinionScore(month.toString(), entry.unit()));
                score.enter(entry.score(), username, clock.instant());
                scores.saveAndFlush(score);
            }
        } catch (DataIntegrityViolationException entered) {
            // The same bureau's first score entered by someone else a moment earlier (the unique key).
            throw PetitionException.conflict("opinion.concurrent", month);
        }
        audit.recordChange(
                "OPINION_SCORES_ENTERED", null, month + ", " + entries.scores().size() + " bureaus");
    }

    /** The month's scores by bureau code. */
    @Transactional(readOnly = true)
    Map<String, BigDecimal> of(YearMonth month) {
        return scores.findByMonth(month.toString()).stream()
                .collect(Collectors.toMap(OpinionScore::getUnitCode, OpinionScore::getScore));
    }

    record Entries(@NotEmpty List<@Valid Entry> scores) {}

    record Entry(
            @NotBlank @PlainText String unit,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score) {}
}
