package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletResponse;
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
import org.xinfang.petition.process.TaskForms;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/**
 * An action's page: the case, and the action's form from {@code forms/}; taken, it returns to the case page with a
 * notice, and refused, it shows the form again with what was typed and each error beside its field.
 */
@PageController
class CaseActionPages {

    static final String PATH = "/workbench/cases/{trackingNumber}/{action}";

    private final CaseActions actions;
    private final TaskForms forms;
    private final PageErrors errors;

    CaseActionPages(CaseActions actions, TaskForms forms, PageErrors errors) {
        this.actions = actions;
        this.forms = forms;
        this.errors = errors;
    }

    @GetMapping(PATH)
    String form(@PathVariable String trackingNumber, @PathVariable String action, Model model) {
        CaseAtHand at = actions.atHand(trackingNumber);
        CaseAction chosen = offered(at, action);
        return page(model, at, chosen, chosen.prefilled(at), PageErrors.Shown.none());
    }

    @PostMapping(PATH)
    String take(
            @PathVariable String trackingNumber,
            @PathVariable String action,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        CaseAtHand at = actions.atHand(trackingNumber);
        CaseAction chosen = offered(at, action);
        ActionInput input = new ActionInput(fields, files == null ? List.of() : files, errors);
        try {
            chosen.take(trackingNumber, input);
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            return page(
                    model,
                    at,
                    chosen,
                    input.enteredOver(chosen.prefilled(at)),
                    onTheForm(chosen, errors.of(refusal, locale)));
        }
        return "redirect:/workbench/cases/" + trackingNumber + "?done=" + chosen.key();
    }

    private CaseAction offered(CaseAtHand at, String key) {
        return actions.named(key)
                .filter(action -> action.offeredOn(at))
                .orElseThrow(() -> PetitionException.conflict("workbench.action-not-offered"));
    }

    /** Errors under the service's field names moved to the form's keys. */
    private static PageErrors.Shown onTheForm(CaseAction action, PageErrors.Shown shown) {
        Map<String, String> fields = new LinkedHashMap<>();
        shown.fields().forEach((field, message) -> fields.put(action.formKeyOf(field), message));
        return new PageErrors.Shown(fields, shown.page());
    }

    private String page(
            Model model, CaseAtHand at, CaseAction action, Map<String, String> values, PageErrors.Shown shown) {
        model.addAttribute("case", at.detail());
        model.addAttribute("action", action);
        model.addAttribute("form", forms.definition(action.formId()));
        shown.showOn(model, values);
        action.extras(at).ifPresent(extras -> {
            model.addAllAttributes(extras.model());
            model.addAttribute("extras", extras.fragment());
        });
        return action.view();
    }
}
