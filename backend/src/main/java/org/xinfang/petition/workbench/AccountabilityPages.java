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
import org.xinfang.petition.supervision.RaisingAccountability;
import org.xinfang.petition.supervision.RaisingAccountability.RaiseRequest;
import org.xinfang.petition.supervision.SupervisionQueries;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/**
 * 问责: the accountability records of the supervisor's scope (recorded after missed supervision orders, or raised by
 * an inspector or a discipline inspector for a behaviour of the catalogue, as the API raises them), and what came of
 * one, recorded by a supervisor above the bureau, as the API's conclusion does.
 */
@PageController
class AccountabilityPages {

    static final String LIST = "/workbench/supervision/accountability";
    private static final String CONCLUSION = LIST + "/{id}/conclusion";
    private static final String FORM = "accountability-conclusion";
    private static final String RAISE = LIST + "/new";
    private static final String RAISE_FORM = "accountability-raise";

    private final SupervisionQueries queries;
    private final Inspection inspection;
    private final RaisingAccountability raising;
    private final ListFilters filters;
    private final TaskForms forms;
    private final PageErrors errors;

    AccountabilityPages(
            SupervisionQueries queries,
            Inspection inspection,
            RaisingAccountability raising,
            ListFilters filters,
            TaskForms forms,
            PageErrors errors) {
        this.queries = queries;
        this.inspection = inspection;
        this.raising = raising;
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

    /** The form to raise a record, the case filled in when the page was opened from one. */
    @GetMapping(RAISE)
    String raiseForm(@RequestParam(required = false) String trackingNumber, Model model) {
        raising.checkMayRaise();
        return raisePage(
                model,
                trackingNumber == null ? Map.of() : Map.of("trackingNumber", trackingNumber),
                PageErrors.Shown.none());
    }

    @PostMapping(RAISE)
    String raise(
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        ActionInput input = new ActionInput(fields, List.of(), errors);
        long id;
        try {
            Integer auditEntry = input.number("auditEntry");
            id = raising.raise(input.valid(new RaiseRequest(
                            input.text("trackingNumber"),
                            input.text("unit"),
                            input.text("handler"),
                            input.choice("behaviour", AccountabilityBehaviour.class),
                            input.text("facts"),
                            input.lines("evidence"),
                            auditEntry == null ? null : auditEntry.longValue())))
                    .id();
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            return raisePage(model, input.asEntered(), errors.of(refusal, locale));
        }
        return "redirect:" + LIST + "?raised=" + id;
    }

    private String raisePage(Model model, Map<String, String> values, PageErrors.Shown shown) {
        model.addAttribute("form", forms.definition(RAISE_FORM));
        shown.showOn(model, values);
        return "workbench/supervision/raise";
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
        shown.showOn(model, values);
        return "workbench/supervision/conclusion";
    }
}
