package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.absence.Absences;
import org.xinfang.petition.absence.Absences.AbsenceRequest;
import org.xinfang.petition.process.TaskForms;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/** AB岗: every staff member records their own absences and sees those they stand in for. */
@PageController
class AbsencePages {

    static final String PAGE = "/workbench/absences";
    private static final String FORM = "staff-absence";

    private final Absences absences;
    private final TaskForms forms;
    private final PageErrors errors;

    AbsencePages(Absences absences, TaskForms forms, PageErrors errors) {
        this.absences = absences;
        this.forms = forms;
        this.errors = errors;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        return page(model, Map.of(), PageErrors.Shown.none());
    }

    @PostMapping(PAGE)
    String record(
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        ActionInput input = new ActionInput(fields, List.of(), errors);
        try {
            AbsenceRequest request =
                    input.valid(new AbsenceRequest(input.text("substitute"), null, null, input.text("reason")));
            absences.recordDays(request.substitute(), input.day("startsAt"), input.day("endsAt"), request.reason());
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            return page(model, input.asEntered(), errors.of(refusal, locale));
        }
        return "redirect:" + PAGE + "?recorded";
    }

    private String page(Model model, Map<String, String> values, PageErrors.Shown shown) {
        model.addAttribute("absences", absences.mine());
        model.addAttribute("colleagues", absences.colleagues());
        model.addAttribute("suggestions", Map.of("substitute", "colleagues"));
        model.addAttribute("form", forms.definition(FORM));
        shown.showOn(model, values);
        return "workbench/absences";
    }
}
