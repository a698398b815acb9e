package org.xinfang.petition.web;

import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pager under a list page: which page of how many, and plain links to the pages before and after (null at either
 * end) that keep the list's filters and order, so that paging works without JavaScript. {@code sort} is the list's
 * order as a filter form's select names it ({@code dueAt,asc}), null when unsorted. Rendered by
 * {@code fragments/lists :: pager(${pager}, label)}.
 */
public record Pager(int number, int totalPages, long totalElements, String previous, String next, String sort) {

    /** The pager of the page's one list, paged by {@code page}. */
    public static Pager of(Page<?> page) {
        return of(page, "page");
    }

    /** The pager of a list paged by the parameter given, for a page with more than one list. */
    public static Pager of(Page<?> page, String parameter) {
        return new Pager(
                page.getNumber() + 1,
                Math.max(page.getTotalPages(), 1),
                page.getTotalElements(),
                page.hasPrevious() ? link(parameter, page.getNumber() - 1) : null,
                page.hasNext() ? link(parameter, page.getNumber() + 1) : null,
                sortOf(page.getSort()));
    }

    /** The order as {@code property,direction}: the first one a sort names. */
    public static String sortOf(Sort sort) {
        return sort.stream()
                .findFirst()
                .map(order ->
                        order.getProperty() + "," + order.getDirection().name().toLowerCase(Locale.ROOT))
                .orElse(null);
    }

    /** The same path and query, only the page changed; relative to the site, as every link of ours. */
    private static String link(String parameter, int pageIndex) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(parameter, pageIndex)
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }
}
