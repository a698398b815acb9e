package org.xinfang.petition.administration;

import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pager of a list page: links to the previous and next page that keep the filters and order the user chose, and
 * where the user is ("page 2 of 5"). A link is null at either end.
 */
record PageLinks(String previous, String next, int number, int total) {

    static PageLinks of(Page<?> page) {
        return new PageLinks(
                page.hasPrevious() ? link(page.getNumber() - 1) : null,
                page.hasNext() ? link(page.getNumber() + 1) : null,
                page.getNumber() + 1,
                Math.max(page.getTotalPages(), 1));
    }

    /** The same path and query, only the page changed; relative to the site, as every link of ours. */
    private static String link(int pageNumber) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", pageNumber)
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }
}
