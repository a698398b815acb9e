package org.xinfang.petition.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/**
 * 回访调查 in the workbench, for the petition office's clerks: a month's page (its import of service users until it is
 * drawn, the draw with an optional seed, each stratum and the results per bureau), the month's call list with the
 * script, and each call's page with the questionnaire to record what the call brought. Every step calls the survey's
 * services, which decide; a refusal is shown on the form that was sent.
 */
@PageController
class SurveyPages {

    static final String PATH = "/workbench/surveys";

    private final DrawingSample drawing;
    private final ImportingServiceUsers importing;
    private final CallList callList;
    private final RecordingCall recording;
    private final SurveyResults results;
    private final ClerksOnly clerks;
    private final Organisation organisation;
    private final PageErrors errors;
    private final Messages messages;
    private final Clock clock;

    SurveyPages(
            DrawingSample drawing,
            ImportingServiceUsers importing,
            CallList callList,
            RecordingCall recording,
            SurveyResults results,
            ClerksOnly clerks,
            Organisation organisation,
            PageErrors errors,
            Messages messages,
            Clock clock) {
        this.drawing = drawing;
        this.importing = importing;
        this.callList = callList;
        this.recording = recording;
        this.results = results;
        this.clerks = clerks;
        this.organisation = organisation;
        this.errors = errors;
        this.messages = messages;
        this.clock = clock;
    }

    /** The month's page; last month unless another is asked for. */
    @GetMapping(PATH)
    String month(@RequestParam(required = false) String month, Model model) {
        YearMonth shown =
                month == null || month.isBlank() ? YearMonth.now(clock).minusMonths(1) : SurveyMonth.parse(month);
        return monthPage(shown, model, List.of(), null);
    }

    @PostMapping(PATH + "/{month}/draw")
    String draw(
            @PathVariable String month,
            @RequestParam(required = false) String seed,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        YearMonth drawn = SurveyMonth.parse(month);
        try {
            drawing.draw(drawn, seedOf(seed));
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("seed", seed);
            return monthPage(
                    drawn, model, List.of(), errors.sentence(refusal, locale) + fieldMessages(refusal, locale));
        }
        redirect.addFlashAttribute("done", "survey.page.drawnDone");
        return "redirect:" + PATH + "?month=" + drawn;
    }

    @PostMapping(PATH + "/{month}/service-users")
    String importList(
            @PathVariable String month,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        YearMonth imported = SurveyMonth.parse(month);
        try {
            redirect.addFlashAttribute("imported", importing.importList(imported, file));
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            List<String> problems = refusal.violations().isEmpty()
                    ? List.of(errors.sentence(refusal, locale))
                    : refusal.violations().stream()
                            .map(violation -> messages.violation(violation, locale))
                            .toList();
            return monthPage(imported, model, problems, null);
        }
        return "redirect:" + PATH + "?month=" + imported;
    }

    /** 回访名单: the month's calls with the script and the questions. */
    @GetMapping(PATH + "/{month}/calls")
    String calls(@PathVariable String month, Model model) {
        model.addAttribute("sheet", callList.of(SurveyMonth.parse(month)));
        model.addAttribute("units", unitNames());
        return "workbench/survey/calls";
    }

    @GetMapping(PATH + "/calls/{id}")
    String call(@PathVariable long id, Model model) {
        return callPage(id, model, Map.of(), Map.of());
    }

    @PostMapping(PATH + "/calls/{id}")
    String record(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("answers.")
                    && !values.isEmpty()
                    && !values.get(0).isBlank()) {
                answers.put(name.substring("answers.".length()), values.get(0).strip());
            }
        });
        Map<String, String> entered = new LinkedHashMap<>(fields.toSingleValueMap());
        try {
            CallOutcome outcome = outcomeOf(fields.getFirst("outcome"));
            recording.record(id, outcome, outcome == CallOutcome.REACHED ? answers : Map.of());
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            PageErrors.Shown shown = errors.of(refusal, locale);
            Map<String, String> byField = new LinkedHashMap<>(shown.fields());
            if (shown.page() != null) {
                byField.put("form", shown.page());
            }
            return callPage(id, model, entered, byField);
        }
        redirect.addFlashAttribute("done", "survey.page.recordedDone");
        return "redirect:" + PATH + "/" + SurveyMonth.parse(fields.getFirst("month")) + "/calls";
    }

    private String monthPage(YearMonth month, Model model, List<String> importProblems, String drawProblem) {
        clerks.check();
        model.addAttribute("month", month.toString());
        model.addAttribute("over", YearMonth.now(clock).isAfter(month));
        drawing.find(month).ifPresent(draw -> {
            model.addAttribute("draw", draw);
            model.addAttribute("results", results.of(month));
        });
        model.addAttribute("counts", importing.importedOf(month));
        model.addAttribute("units", unitNames());
        model.addAttribute("importProblems", importProblems);
        model.addAttribute("drawProblem", drawProblem);
        return "workbench/survey/month";
    }

    private String callPage(long id, Model model, Map<String, String> entered, Map<String, String> fieldErrors) {
        CallList.Sheet sheet = callList.ofCall(id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("call", sheet.calls().get(0));
        model.addAttribute("units", unitNames());
        model.addAttribute("verdicts", AnswerScale.VERDICTS);
        model.addAttribute("outcomes", CallOutcome.values());
        model.addAttribute("values", entered);
        model.addAttribute("errors", fieldErrors);
        return "workbench/survey/call";
    }

    /** Each bureau's name by code, in both languages, for the tables. */
    private Map<String, OrgUnit> unitNames() {
        Map<String, OrgUnit> units = new LinkedHashMap<>();
        organisation.units().forEach(unit -> units.put(unit.getCode(), unit));
        return units;
    }

    private String fieldMessages(PetitionException refusal, Locale locale) {
        return refusal.violations().stream()
                .map(violation -> " " + messages.violation(violation, locale))
                .reduce("", String::concat);
    }

    private static Long seedOf(String seed) {
        if (seed == null || seed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(seed.strip());
        } catch (NumberFormatException e) {
            throw PetitionException.invalid("seed", "survey.seed-invalid");
        }
    }

    private static CallOutcome outcomeOf(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return null;
        }
        try {
            return CallOutcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            throw PetitionException.invalid("outcome", "survey.outcome-required");
        }
    }
}
