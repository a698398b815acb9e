package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.xinfang.petition.caseview.CaseFilter;
import org.xinfang.petition.caseview.CaseQueries;
import org.xinfang.petition.caseview.CaseSummary;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.screening.Flag;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;
import org.xinfang.petition.web.Pager;

/**
 * 案件查询: the cases the user may see, filtered, ordered and paged by the case view the API's list calls, with the
 * same filters (a tracking number or words of the subject, the days received among them) and the same orders
 * ({@code sort=receivedAt,desc}); a plain form of GET parameters, so that a list can be bookmarked and works without
 * JavaScript. A filter the case view refuses is shown beside its field, the list then empty.
 */
@PageController
class CaseListPage {

    /** The orders offered, as {@code property,direction}; each property one the API's list may sort by. */
    static final List<String> ORDERS =
            List.of("receivedAt,desc", "receivedAt,asc", "dueAt,asc", "dueAt,desc", "trackingNumber,asc");

    private final CaseQueries cases;
    private final Organisation organisation;
    private final PageErrors errors;

    CaseListPage(CaseQueries cases, Organisation organisation, PageErrors errors) {
        this.cases = cases;
        this.organisation = organisation;
        this.errors = errors;
    }

    /** The form sends every filter, the unused ones blank: a blank filter is none, as a parameter left out of the API's. */
    @InitBinder
    void blankIsNone(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/workbench/cases")
    String list(
            CaseFilter filter,
            BindingResult binding,
            @SortableBy({"receivedAt", "dueAt", "closedAt", "trackingNumber", "status", "category", "urgency", "channel"
                    })
                    @PageableDefault(size = 20, sort = "receivedAt", direction = Sort.Direction.DESC)
                    Pageable page,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Page<CaseSummary> found = Page.empty(page);
        Map<String, String> refused = Map.of();
        if (binding.hasErrors()) {
            refused = errors.of(binding, locale).fields();
        } else {
            try {
                found = cases.list(filter, page);
            } catch (PetitionException refusal) {
                if (refusal.violations().isEmpty()) {
                    throw refusal;
                }
                refused = errors.of(refusal, locale).fields();
            }
        }
        if (!refused.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("errors", refused);
        model.addAttribute(
                "filter",
                filter == null ? new CaseFilter(null, null, null, null, null, null, null, null, null) : filter);
        model.addAttribute("cases", found.getContent());
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute(
                "order", Optional.ofNullable(Pager.sortOf(page.getSort())).orElse(ORDERS.get(0)));
        model.addAttribute("orders", ORDERS);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("regions", organisation.regions());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("flags", Flag.values());
        List<OrgUnit> bureaus = bureaus(organisation);
        model.addAttribute("bureaus", bureaus);
        model.addAttribute(
                "bureauByCode", bureaus.stream().collect(Collectors.toMap(OrgUnit::getCode, Function.identity())));
        return "workbench/cases";
    }

    /** The bureaus that handle cases, by name, to choose one from a list rather than type its code. */
    static List<OrgUnit> bureaus(Organisation organisation) {
        return organisation.units().stream()
                .filter(OrgUnit::isBureau)
                .sorted(Comparator.comparing(OrgUnit::getCode))
                .toList();
    }
}
