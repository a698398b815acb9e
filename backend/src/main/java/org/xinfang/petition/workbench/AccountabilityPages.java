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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.process.TaskForms;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.supervision.AccountabilityBehaviour;
import org.xinfang.petition.supervision.AccountabilityStatus;
import org.xinfang.petition.supervision.AccountabilityView;
import org.xinfang.petition.supervision.Inspection;
import org.xinfang.petition.supervision.Inspection.ConclusionRequest;
import org.xinfang.petition.supervision.SupervisionQueries;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/**
 * 问责: the accountability records of the inspector's scope (recorded after missed supervision orders), and what came
 * of one, recorded by an inspector above the bureau, as the API's conclusion does.
 */
@PageController
class AccountabilityPages {

    static final String LIST = "/workbench/supervision/accountability";
    private static final String CONCLUSION = LIST + "/{id}/conclusion";
    private static final String FORM = "accountability-conclusion";

    private final SupervisionQueries queries;
    private final Inspection inspection;
    private final ListFilters filters;
    private final TaskForms forms;
    private final PageErrors errors;

    AccountabilityPages(
            SupervisionQueries queries,
            Inspection inspection,
            ListFilters filters,
            TaskForms forms,
            PageErrors errors) {
        this.queries = queries;
        this.inspection = inspection;
        this.filters = filters;
        this.forms = forms;
        this.errors = errors;
    }

    @GetMapping(LIST)
    String records(
            @RequestParam MultiValueMap<String, String> params,
            @SortableBy({"id", "createdAt", "concludedAt", "status"})
                    @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC)
                    Pageable page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        filters.page(
                params,
                page,
                filter -> queries.accountability(
                        filter.choice("status", AccountabilityStatus.class),
                        filter.choice("behaviour", AccountabilityBehaviour.class),
                        filter.text("unit"),
                        filter.text("trackingNumber"),
                        page),
                model,
                request,
                response);
        model.addAttribute("statuses", AccountabilityStatus.values());
        model.addAttribute("behaviours", AccountabilityBehaviour.values());
        return "workbench/supervision/accountability";
    }

    @GetMapping(CONCLUSION)
    String conclusionForm(@PathVariable long id, Model model) {
        return conclusionPage(model, queries.accountabilityRecord(id), Map.of(), PageErrors.Shown.none());
    }

    @PostMapping(CONCLUSION)
    String conclude(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        AccountabilityView record = queries.accountabilityRecord(id);
        ActionInput input = new ActionInput(fields, List.of(), errors);
        try {
            inspection.conclude(
                    id,
                    input.valid(new ConclusionRequest(input.text("outcome"))).outcome());
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            return conclusionPage(model, record, input.asEntered(), errors.of(refusal, locale));
        }
        return "redirect:" + LIST + "?concluded=" + id;
    }

    private String conclusionPage(
            Model model, AccountabilityView record, Map<String, String> values, PageErrors.Shown shown) {
        model.addAttribute("record", record);
        model.addAttribute("form", forms.definition(FORM));
        model.addAttribute("values", values);
        model.addAttribute("errors", shown.fields());
        model.addAttribute("pageError", shown.page());
        return "workbench/supervision/conclusion";
    }
}
