package org.xinfang.petition.shared;

import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A search of a public list (the published answers and replies): the words of {@code q} anywhere in a text, as a
 * LIKE pattern with {@code \} as its escape (no wildcard of the user's own), at most {@value #MAX_SEARCH}
 * characters; and the page asked for, newest published first, at most {@value #MAX_PAGE_SIZE} a page. Anything else
 * is refused (400) naming {@code q}, {@code page} or {@code size}.
 */
public final class PublicSearch {

    public static final int MAX_SEARCH = 100;
    public static final int MAX_PAGE_SIZE = 100;

    private PublicSearch() {}

    /** The LIKE pattern of the words searched for; empty for no search. */
    public static Optional<String> pattern(String search) {
        if (search == null || search.isBlank()) {
            return Optional.empty();
        }
        String words = search.strip();
        if (words.length() > MAX_SEARCH) {
            throw PetitionException.invalid("q", "constraint.Size", MAX_SEARCH, 1);
        }
        return Optional.of("%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    /** The page, newest published first ({@code publishedAt}, then {@code id}). */
    public static PageRequest newestPublished(int page, int size) {
        if (page < 0) {
            throw PetitionException.invalid("page", "constraint.Min", 0);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw PetitionException.invalid(
                    "size", size < 1 ? "constraint.Min" : "constraint.Max", size < 1 ? 1 : MAX_PAGE_SIZE);
        }
        return PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "publishedAt", "id"));
    }
}
