package org.xinfang.petition.assessment;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;

/**
 * The weights' versions. An administrator adds a version that takes effect from this month or a later one, never
 * an earlier (a month already under way or past keeps the weights it was worked under); parts add up to 100 at
 * each level and the excellent grade starts above the qualified one. Audited.
 */
@Service
class WeightsVersions {

    private final WeightsRepository weights;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    WeightsVersions(WeightsRepository weights, CurrentStaff currentStaff, AuditTrail audit, Clock clock) {
        this.weights = weights;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The version in force in the month (the seeds' defaults took effect long before any month scored). */
    @Transactional(readOnly = true)
    WeightsView inForce(YearMonth month) {
        return weights.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(month.toString())
                .map(Weights::view)
                .orElseThrow(() -> PetitionException.conflict("assessment.no-weights", month));
    }

    /**
     * The weights in force in the month, their row locked until the caller's transaction ends: what a month's
     * closing and its opinion scores' entry both take first, so that one waits for the other (under read committed,
     * what it reads next is then what the other committed).
     */
    @Transactional
    WeightsView lockInForce(YearMonth month) {
        return weights.findLocked(inForce(month).id()).map(Weights::view).orElseThrow();
    }

    @Transactional(readOnly = true)
    WeightsView byId(Long id) {
        return weights.findById(id).map(Weights::view).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<WeightsView> all() {
        return weights.findAllByOrderByEffectiveFromAsc().stream()
                .map(Weights::view)
                .toList();
    }

    @Transactional
    WeightsView add(WeightsView proposed) {
        if (!currentStaff.get().hasRole(Role.ADMIN)) {
            throw PetitionException.forbidden("access-denied");
        }
        if (proposed.effectiveFrom().isBefore(YearMonth.now(clock))) {
            throw PetitionException.invalid("effectiveFrom", "weights.retroactive");
        }
        if (proposed.publicEvaluation() + proposed.work() != 100) {
            throw PetitionException.invalid("work", "weights.parts-not-100");
        }
        if (proposed.opinionSurvey() + proposed.serviceSurvey() != 100) {
            throw PetitionException.invalid("serviceSurvey", "weights.parts-not-100");
        }
        if (proposed.workIndicators() != 100) {
            throw PetitionException.invalid("windowSatisfaction", "weights.parts-not-100");
        }
        if (proposed.excellentFrom().compareTo(proposed.qualifiedFrom()) <= 0) {
            throw PetitionException.invalid("excellentFrom", "weights.grades-reversed");
        }
        if (weights.existsByEffectiveFrom(proposed.effectiveFrom().toString())) {
            throw PetitionException.conflict("weights.exists", proposed.effectiveFrom());
        }
        try {
            Weights saved = weights.saveAndFlush(
                    new Weights(proposed, currentStaff.get().username(), clock.instant()));
            audit.recordChange("ASSESSMENT_WEIGHTS_ADDED", null, "from " + proposed.effectiveFrom());
            return saved.view();
        } catch (DataIntegrityViolationException added) {
            throw PetitionException.conflict("weights.exists", proposed.effectiveFrom());
        }
    }
}
