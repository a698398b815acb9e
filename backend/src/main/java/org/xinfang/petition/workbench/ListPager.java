package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager under a list: which page of how many, and the links to the pages before and after that keep the
 * list's filters and sort (null at either end). {@code sort} is the current order as the filter form's select names
 * it ({@code dueAt,asc}). Rendered by {@code workbench/supervision/list :: pager(${pager})}.
 */
record ListPager(int number, int totalPages, long totalElements, String previous, String next, String sort) {

    static ListPager of(Page<?> page, HttpServletRequest request) {
        return new ListPager(
                page.getNumber() + 1,
                Math.max(page.getTotalPages(), 1),
                page.getTotalElements(),
                page.hasPrevious() ? linkTo(request, page.getNumber() - 1) : null,
                page.hasNext() ? linkTo(request, page.getNumber() + 1) : null,
                sortOf(page.getSort()));
    }

    private static String linkTo(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build(true)
                .toUriString();
    }

    private static String sortOf(Sort sort) {
        return sort.stream()
                .findFirst()
                .map(order ->
                        order.getProperty() + "," + order.getDirection().name().toLowerCase(Locale.ROOT))
                .orElse(null);
    }
}
