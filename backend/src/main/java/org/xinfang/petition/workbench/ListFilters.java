package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageErrors;
import org.xinfang.petition.web.Pager;

/**
 * A list's filter form, read as an action's form is ({@link ActionInput}): the query runs with the filters given,
 * and a filter the service refuses is shown beside its field with what was typed kept, the list then empty.
 * The model gets {@code filters} (as entered) and {@code errors} (by field); a refusal naming no field is the error
 * page.
 */
@Component
class ListFilters {

    private final PageErrors errors;

    ListFilters(PageErrors errors) {
        this.errors = errors;
    }

    /** A page of a list as filtered; the model also gets the page's rows and the pager under them. */
    <T> void page(
            MultiValueMap<String, String> params,
            Pageable page,
            Function<ActionInput, Page<T>> query,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Page<T> found = apply(params, query, model, RequestContextUtils.getLocale(request), response)
                .orElse(Page.empty(page));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pager", Pager.of(found));
    }

    <T> Optional<T> apply(
            MultiValueMap<String, String> params,
            Function<ActionInput, T> query,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        ActionInput filters = new ActionInput(params, List.of(), errors);
        model.addAttribute("filters", filters.asEntered());
        try {
            T found = query.apply(filters);
            model.addAttribute("errors", Map.of());
            return Optional.of(found);
        } catch (PetitionException refusal) {
            if (refusal.violations().isEmpty()) {
                throw refusal; // not about a filter (not an inspector, say): the error page
            }
            response.setStatus(refusal.status().value());
            model.addAttribute("errors", errors.of(refusal, locale).fields());
            return Optional.empty();
        }
    }
}
