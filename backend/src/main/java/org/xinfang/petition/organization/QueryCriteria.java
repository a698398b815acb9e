package org.xinfang.petition.organization;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.operaton.bpm.engine.impl.AbstractQuery;
import org.operaton.bpm.engine.impl.Direction;
import org.operaton.bpm.engine.impl.QueryOrderingProperty;

/**
 * Evaluates the engine's identity query criteria in memory, as SQL would: the directory holds a province's staff,
 * few enough to filter, sort and page after one query, and the hot paths (by user id) load a single member.
 */
final class QueryCriteria {

    private QueryCriteria() {}

    /** An absent criterion admits everything. */
    static boolean equal(String expected, String actual) {
        return expected == null || expected.equals(actual);
    }

    static boolean in(String[] expected, String actual) {
        return expected == null || Arrays.asList(expected).contains(actual);
    }

    /** SQL LIKE ({@code %} any run, {@code _} any one character), ignoring case as the webapps' searches expect. */
    static boolean like(String pattern, String actual) {
        if (pattern == null) {
            return true;
        }
        if (actual == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(actual)
                .matches();
    }

    /**
     * Sorts by the query's ordering, then by id so that pages are stable, and cuts the requested page.
     *
     * @param sortKeys the sortable properties by the name of their engine query property
     */
    static <T> List<T> sortedPage(
            List<T> matches,
            AbstractQuery<?, ?> query,
            Map<String, Function<T, String>> sortKeys,
            Function<T, String> id) {
        Comparator<T> order = (unusedLeft, unusedRight) -> 0;
        for (QueryOrderingProperty property : query.getOrderingProperties()) {
            Function<T, String> key = sortKeys.get(property.getQueryProperty().getName());
            Comparator<T> byKey = Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
            order = order.thenComparing(
                    Direction.DESCENDING.equals(property.getDirection()) ? byKey.reversed() : byKey);
        }
        return matches.stream()
                .sorted(order.thenComparing(id))
                .skip(query.getFirstResult())
                .limit(query.getMaxResults())
                .toList();
    }
}
