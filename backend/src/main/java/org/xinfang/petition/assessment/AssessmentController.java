package org.xinfang.petition.assessment;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.assessment.Exclusion.ExclusionView;
import org.xinfang.petition.assessment.MonthlyAssessments.MonthAssessment;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;

@RestController
@RequestMapping("/api/v1/assessment")
class AssessmentController {

    private final Indicators indicators;
    private final MonthlyAssessments months;
    private final OpinionScores opinionScores;
    private final WeightsVersions weights;
    private final Exclusions exclusions;
    private final CurrentStaff currentStaff;

    AssessmentController(
            Indicators indicators,
            MonthlyAssessments months,
            OpinionScores opinionScores,
            WeightsVersions weights,
            Exclusions exclusions,
            CurrentStaff currentStaff) {
        this.indicators = indicators;
        this.months = months;
        this.opinionScores = opinionScores;
        this.weights = weights;
        this.exclusions = exclusions;
        this.currentStaff = currentStaff;
    }

    /** Every bureau's indicators from one date to another (Beijing dates, both included), own and rolled up. */
    @GetMapping("/indicators")
    List<UnitIndicators> indicators(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        AssessmentAccess.requireViewer(currentStaff.get());
        if (to.isBefore(from)) {
            throw PetitionException.invalid("to", "indicator.period-reversed");
        }
        return indicators.of(from, to);
    }

    /** A month's scores, grades and ranking: as published once closed, as they stand before. */
    @GetMapping("/months/{month}")
    MonthAssessment month(@PathVariable YearMonth month) {
        return months.of(month);
    }

    /** Closes a month that is over: scored one last time and frozen. */
    @PostMapping("/months/{month}/close")
    MonthAssessment close(@PathVariable YearMonth month) {
        return months.close(month);
    }

    /** Enters the public-opinion survey's scores of the month's bureaus. */
    @PutMapping("/months/{month}/opinion-scores")
    ResponseEntity<Void> opinionScores(
            @PathVariable YearMonth month, @Valid @RequestBody OpinionScores.Entries entries) {
        opinionScores.enter(month, entries);
        return ResponseEntity.noContent().build();
    }

    /** The weights of the monthly assessment's indicators, by the month they apply from. */
    @GetMapping("/weights")
    List<WeightsView> weights() {
        AssessmentAccess.requireViewer(currentStaff.get());
        return weights.all();
    }

    /** Adds a version of the weights, in force from its month. */
    @PostMapping("/weights")
    WeightsView addWeights(@Valid @RequestBody WeightsView proposed) {
        return weights.add(proposed);
    }

    /** The cases excluded from the assessment (考核剔除), with the reason and who decided. */
    @GetMapping("/exclusions")
    List<ExclusionView> exclusions() {
        return exclusions.list();
    }

    /** Proposes to leave a case out of the assessment, with the reason (剔除申请). */
    @PostMapping("/exclusions")
    ExclusionView propose(@Valid @RequestBody Exclusions.Proposal proposal) {
        return exclusions.propose(proposal);
    }

    /** Approves or refuses a proposed exclusion (剔除审批). */
    @PostMapping("/exclusions/{id}/decision")
    ExclusionView decide(@PathVariable Long id, @Valid @RequestBody Exclusions.Decision decision) {
        return exclusions.decide(id, decision);
    }
}
