package org.xinfang.petition.administration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.petition.evaluation.EvaluatorDevices;
import org.xinfang.petition.evaluation.EvaluatorDevices.NewEvaluator;
import org.xinfang.petition.evaluation.EvaluatorDevices.Registered;
import org.xinfang.petition.evaluation.EvaluatorServices;
import org.xinfang.petition.organization.UnitAdministration;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;

/**
 * 评价器管理 in the workbench: the window evaluators, registering one, replacing its key and revoking it, through
 * {@link EvaluatorDevices}. A key is shown on the page that answers the registration or the rotation, and nowhere
 * else: it is not put in the session nor in a redirect.
 */
@PageController
@RequestMapping("/workbench/admin/evaluators")
class EvaluatorPages {

    private static final String LIST = "admin/evaluators";
    private static final String KEY = "admin/evaluator-key";

    private final EvaluatorDevices evaluators;
    private final EvaluatorServices services;
    private final UnitAdministration units;
    private final FieldErrors fieldErrors;

    EvaluatorPages(
            EvaluatorDevices evaluators,
            EvaluatorServices services,
            UnitAdministration units,
            FieldErrors fieldErrors) {
        this.evaluators = evaluators;
        this.services = services;
        this.units = units;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String list(Model model) {
        return listWith(model, new NewEvaluator("", "", List.of()), Map.of());
    }

    @PostMapping
    String register(
            @RequestParam String name,
            @RequestParam String unitCode,
            @RequestParam(name = "services", required = false) List<String> chosen,
            Locale locale,
            Model model) {
        NewEvaluator request = new NewEvaluator(name, unitCode, chosen == null ? List.of() : chosen);
        try {
            return keyPage(model, evaluators.register(request), "evaluator.registered.done");
        } catch (PetitionException refused) {
            return listWith(model, request, fieldErrors.of(refused, locale));
        }
    }

    @PostMapping("/{id}/rotate-key")
    String rotate(@PathVariable Long id, Locale locale, Model model) {
        try {
            return keyPage(model, evaluators.rotate(id), "evaluator.rotated.done");
        } catch (PetitionException refused) {
            return listWith(model, new NewEvaluator("", "", List.of()), fieldErrors.of(refused, locale));
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable Long id, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            evaluators.revoke(id);
            redirect.addFlashAttribute("done", "evaluator.revoked.done");
            return "redirect:/workbench/admin/evaluators";
        } catch (PetitionException refused) {
            return listWith(model, new NewEvaluator("", "", List.of()), fieldErrors.of(refused, locale));
        }
    }

    private String keyPage(Model model, Registered registered, String done) {
        model.addAttribute("device", registered.device());
        model.addAttribute("key", registered.key());
        model.addAttribute("done", done);
        return KEY;
    }

    private String listWith(Model model, NewEvaluator values, Map<String, String> errors) {
        model.addAttribute("evaluators", evaluators.all());
        model.addAttribute("units", units.all());
        model.addAttribute("services", services.codes());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return LIST;
    }
}
