package org.xinfang.petition.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.assessment.MonthlyAssessments.MonthAssessment;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/**
 * 考核 in the workbench: the month's ranking (closing it, entering its opinion scores), the indicators of any range
 * with the trend of the last twelve months, the exclusions (剔除) and the weights' versions. Each calls the service
 * the assessment API calls, so the same people may see and do the same.
 */
@PageController
@RequestMapping("/workbench/assessment")
class AssessmentPages {

    /** How many months the trend chart shows. */
    private static final int TREND_MONTHS = 12;

    private final Indicators indicators;
    private final MonthlyAssessments months;
    private final OpinionScores opinionScores;
    private final WeightsVersions weights;
    private final Exclusions exclusions;
    private final CurrentStaff currentStaff;
    private final PageErrors errors;
    private final Clock clock;

    AssessmentPages(
            Indicators indicators,
            MonthlyAssessments months,
            OpinionScores opinionScores,
            WeightsVersions weights,
            Exclusions exclusions,
            CurrentStaff currentStaff,
            PageErrors errors,
            Clock clock) {
        this.indicators = indicators;
        this.months = months;
        this.opinionScores = opinionScores;
        this.weights = weights;
        this.exclusions = exclusions;
        this.currentStaff = currentStaff;
        this.errors = errors;
        this.clock = clock;
    }

    /** Which rows the indicators page shows: each level's bureaus with those under them, or every bureau alone. */
    enum Scope {
        PROVINCE,
        CITY,
        BUREAU;

        List<Row> rows(List<UnitIndicators> units) {
            List<Row> rows = new ArrayList<>();
            for (UnitIndicators unit : units) {
                if (this == BUREAU) {
                    rows.add(new Row(unit, unit.own()));
                } else if (unit.level() == AdminLevel.valueOf(name())) {
                    rows.add(new Row(unit, unit.rolledUp()));
                }
            }
            return rows;
        }
    }

    /** A bureau's line on the indicators page: its own figures, or rolled up. */
    record Row(UnitIndicators unit, UnitIndicators.Measured measured) {}

    @GetMapping("/ranking")
    String ranking(@RequestParam(required = false) YearMonth month, Model model) {
        return rankingPage(month == null ? YearMonth.now(clock).minusMonths(1) : month, Map.of(), null, model);
    }

    @PostMapping("/ranking/close")
    String close(@RequestParam YearMonth month, Locale locale, Model model) {
        try {
            months.close(month);
            return "redirect:/workbench/assessment/ranking?month=" + month + "&done=closed";
        } catch (PetitionException refused) {
            return rankingPage(month, Map.of(), errors.of(refused, locale).page(), model);
        }
    }

    @PostMapping("/ranking/opinion-scores")
    String enterOpinionScores(
            @RequestParam YearMonth month,
            @RequestParam(name = "unit", required = false) List<String> units,
            @RequestParam(name = "score", required = false) List<String> scores,
            Locale locale,
            Model model) {
        List<OpinionScores.Entry> entered = new ArrayList<>();
        List<PetitionException.FieldViolation> violations = new ArrayList<>();
        for (int i = 0; units != null && i < units.size(); i++) {
            String score =
                    scores == null || i >= scores.size() ? "" : scores.get(i).strip();
            if (!score.isEmpty()) {
                try {
                    entered.add(new OpinionScores.Entry(units.get(i), new BigDecimal(score)));
                } catch (NumberFormatException notANumber) {
                    violations.add(new PetitionException.FieldViolation(
                            "scores[" + i + "].score", "constraint.unreadable", new Object[0]));
                }
            }
        }
        OpinionScores.Entries entries = new OpinionScores.Entries(entered);
        violations.addAll(errors.check(entries));
        if (!violations.isEmpty()) {
            return rankingPage(month, errors.fields(violations, locale), null, model);
        }
        try {
            opinionScores.enter(month, entries);
            return "redirect:/workbench/assessment/ranking?month=" + month + "&done=scores";
        } catch (PetitionException refused) {
            PageErrors.Shown shown = errors.of(refused, locale);
            return rankingPage(month, shown.fields(), shown.page(), model);
        }
    }

    private String rankingPage(YearMonth month, Map<String, String> fieldErrors, String refusal, Model model) {
        StaffPrincipal staff = currentStaff.get();
        MonthAssessment assessment = months.of(month);
        Map<AdminLevel, List<BureauAssessment>> levels = new LinkedHashMap<>();
        assessment
                .bureaus()
                .forEach(bureau -> levels.computeIfAbsent(bureau.level(), any -> new ArrayList<>())
                        .add(bureau));
        model.addAttribute("month", month);
        model.addAttribute("assessment", assessment);
        model.addAttribute("levels", levels);
        model.addAttribute(
                "canClose",
                AssessmentAccess.mayCloseMonths(staff) && !assessment.closed() && month.isBefore(YearMonth.now(clock)));
        model.addAttribute("canEnterScores", AssessmentAccess.mayEnterOpinionScores(staff) && !assessment.closed());
        model.addAttribute("opinionScores", opinionScores.of(month));
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("refusal", refusal);
        return "assessment/ranking";
    }

    @GetMapping("/indicators")
    String indicators(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "CITY") Scope scope,
            Model model) {
        AssessmentAccess.requireViewer(currentStaff.get());
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        LocalDate first = from == null ? lastMonth.atDay(1) : from;
        LocalDate last = to == null ? lastMonth.atEndOfMonth() : to;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("scope", scope);
        model.addAttribute("scopes", Scope.values());
        if (last.isBefore(first)) {
            model.addAttribute("refusal", "period-reversed");
            model.addAttribute("rows", List.of());
        } else {
            model.addAttribute("rows", scope.rows(indicators.of(first, last)));
        }
        model.addAttribute("trend", indicators.trend(lastMonth, TREND_MONTHS));
        return "assessment/indicators";
    }

    @GetMapping("/exclusions")
    String exclusions(Model model) {
        return exclusionsPage(new Exclusions.Proposal("", ""), Map.of(), null, model);
    }

    @PostMapping("/exclusions")
    String propose(@RequestParam String trackingNumber, @RequestParam String reason, Locale locale, Model model) {
        Exclusions.Proposal proposal = new Exclusions.Proposal(trackingNumber.strip(), reason);
        List<PetitionException.FieldViolation> violations = errors.check(proposal);
        if (!violations.isEmpty()) {
            return exclusionsPage(proposal, errors.fields(violations, locale), null, model);
        }
        try {
            exclusions.propose(proposal);
            return "redirect:/workbench/assessment/exclusions?done=proposed";
        } catch (PetitionException refused) {
            PageErrors.Shown shown = errors.of(refused, locale);
            return exclusionsPage(proposal, shown.fields(), shown.page(), model);
        }
    }

    @PostMapping("/exclusions/{id}/decision")
    String decide(
            @PathVariable Long id,
            @RequestParam boolean approve,
            @RequestParam(required = false) String comment,
            Locale locale,
            Model model) {
        Exclusions.Decision decision = new Exclusions.Decision(approve, comment);
        try {
            List<PetitionException.FieldViolation> violations = errors.check(decision);
            if (!violations.isEmpty()) {
                throw PetitionException.invalid(violations);
            }
            exclusions.decide(id, decision);
            return "redirect:/workbench/assessment/exclusions?done=" + (approve ? "approved" : "refused");
        } catch (PetitionException refused) {
            PageErrors.Shown shown = errors.of(refused, locale);
            String sentence = shown.page() != null
                    ? shown.page()
                    : String.join(" ", shown.fields().values());
            return exclusionsPage(new Exclusions.Proposal("", ""), Map.of(), sentence, model);
        }
    }

    private String exclusionsPage(
            Exclusions.Proposal values, Map<String, String> fieldErrors, String refusal, Model model) {
        StaffPrincipal staff = currentStaff.get();
        AssessmentAccess.requireViewer(staff);
        model.addAttribute("exclusions", AssessmentAccess.mayListExclusions(staff) ? exclusions.list() : List.of());
        model.addAttribute("canList", AssessmentAccess.mayListExclusions(staff));
        model.addAttribute("canPropose", AssessmentAccess.mayProposeExclusions(staff));
        model.addAttribute("canDecide", AssessmentAccess.mayDecideExclusions(staff));
        model.addAttribute("values", values);
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("refusal", refusal);
        return "assessment/exclusions";
    }

    @GetMapping("/weights")
    String weights(Model model) {
        AssessmentAccess.requireViewer(currentStaff.get());
        model.addAttribute("versions", weights.all());
        return "assessment/weights";
    }
}
