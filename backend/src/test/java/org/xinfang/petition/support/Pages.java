package org.xinfang.petition.support;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A paged list of the API read to its end, page after page, so that a test finds its own items however many the
 * suite has made before it. A page shorter than asked for is the last one: the work queue stops counting at a
 * thousand tasks, so its totals do not say how many pages there are.
 */
public final class Pages {

    /** Items asked for a page: few requests however many cases the suite has made, under the largest page (2000). */
    static final int SIZE = 500;

    private Pages() {}

    /**
     * Every item of the list at {@code path}, in the list's order; {@code request} makes a fresh request with the
     * login and filters, to which the page and size are added.
     */
    public static List<Map<String, Object>> every(Supplier<RequestSpecification> request, String path) {
        return every(request, path, SIZE);
    }

    /** The same in pages of {@code size}, for a list that serves smaller ones (the consultations' queue: 100). */
    public static List<Map<String, Object>> every(Supplier<RequestSpecification> request, String path, int size) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> content = request.get()
                    .queryParam("page", page)
                    .queryParam("size", size)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("content");
            items.addAll(content);
            if (content.size() < size) {
                return items;
            }
        }
    }

    /** The tracking numbers of every item of the list. */
    public static List<String> trackingNumbers(Supplier<RequestSpecification> request, String path) {
        return every(request, path).stream()
                .map(item -> (String) item.get("trackingNumber"))
                .toList();
    }

    /** One field of each item, in the items' order. */
    public static List<Object> values(List<Map<String, Object>> items, String field) {
        return items.stream().map(item -> item.get(field)).toList();
    }

    /** The item of the list with the tracking number; fails when the list does not show it. */
    public static Map<String, Object> item(Supplier<RequestSpecification> request, String path, String trackingNumber) {
        return every(request, path).stream()
                .filter(item -> trackingNumber.equals(item.get("trackingNumber")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " does not list " + trackingNumber));
    }
}
