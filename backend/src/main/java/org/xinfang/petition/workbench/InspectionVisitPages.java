package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.process.TaskForms;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.supervision.InspectionVisits;
import org.xinfang.petition.supervision.InspectionVisits.VisitRequest;
import org.xinfang.petition.supervision.VisitKind;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/**
 * 明查暗访、突击检查: the visits to the units of the supervisor's scope, by unit and kind, and a visit recorded with its
 * findings, as the API records it.
 */
@PageController
class InspectionVisitPages {

    static final String LIST = "/workbench/supervision/visits";
    private static final String NEW = LIST + "/new";
    private static final String FORM = "inspection-visit";

    private final InspectionVisits visits;
    private final ListFilters filters;
    private final TaskForms forms;
    private final PageErrors errors;

    InspectionVisitPages(InspectionVisits visits, ListFilters filters, TaskForms forms, PageErrors errors) {
        this.visits = visits;
        this.filters = filters;
        this.forms = forms;
        this.errors = errors;
    }

    @GetMapping(LIST)
    String list(
            @RequestParam MultiValueMap<String, String> params,
            @SortableBy({"id", "visitedOn", "createdAt"})
                    @PageableDefault(size = 20, sort = "visitedOn", direction = Sort.Direction.DESC)
                    Pageable page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        filters.page(
                params,
                page,
                filter -> visits.list(filter.text("unit"), filter.choice("kind", VisitKind.class), page),
                model,
                request,
                response);
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("units", visits.unitsInScope());
        return "workbench/supervision/visits";
    }

    @GetMapping(NEW)
    String form(Model model) {
        return formPage(model, Map.of(), PageErrors.Shown.none());
    }

    @PostMapping(NEW)
    String record(
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        ActionInput input = new ActionInput(fields, List.of(), errors);
        long id;
        try {
            id = visits.record(input.valid(new VisitRequest(
                            input.text("unit"),
                            input.choice("kind", VisitKind.class),
                            input.day("visitedOn"),
                            input.text("findings"))))
                    .id();
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            return formPage(model, input.asEntered(), errors.of(refusal, locale));
        }
        return "redirect:" + LIST + "?recorded=" + id;
    }

    private String formPage(Model model, Map<String, String> values, PageErrors.Shown shown) {
        model.addAttribute("units", visits.unitsInScope());
        model.addAttribute("suggestions", Map.of("unit", "units"));
        model.addAttribute("form", forms.definition(FORM));
        shown.showOn(model, values);
        return "workbench/supervision/visit";
    }
}
