package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The paging of a list page: where the user is, and plain links to the page before and after that keep the list's
 * filters and order (so that paging works without JavaScript). Rendered by {@code workbench/lists :: pager}.
 */
record Pager(int number, int totalPages, long totalElements, String previous, String next) {

    static Pager of(Page<?> page, HttpServletRequest request) {
        return of(page, request, "page");
    }

    /** A pager whose page number is the parameter given, for a page with more than one list. */
    static Pager of(Page<?> page, HttpServletRequest request, String parameter) {
        return new Pager(
                page.getNumber() + 1,
                Math.max(page.getTotalPages(), 1),
                page.getTotalElements(),
                page.hasPrevious() ? link(request, parameter, page.getNumber() - 1) : null,
                page.hasNext() ? link(request, parameter, page.getNumber() + 1) : null);
    }

    private static String link(HttpServletRequest request, String parameter, int pageIndex) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam(parameter, pageIndex)
                .build()
                .toUriString()
                // A path of our own origin, as the layout's language switch links.
                .replaceFirst("^[a-z]+://[^/]+", "");
    }
}
