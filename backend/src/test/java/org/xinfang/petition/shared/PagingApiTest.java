package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.xinfang.petition.support.Problems.invalidField;

import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;

/**
 * Every list of the API, found in Spring MVC's mappings so that a new one is covered too: a page that is no whole
 * number or below 0, a size below 1 or above the largest page, and a sort by anything the list does not allow
 * (a hidden column such as the query code's hash above all) answer 400 naming {@code page}, {@code size} or
 * {@code sort}; each property a list allows does sort it.
 */
class PagingApiTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> badPagingIsRefusedNamingTheParameter() {
        return lists().flatMap(list -> Stream.of(
                refused(list, "page", "abc", "constraint.unreadable"),
                refused(list, "page", "-1", "constraint.Min"),
                refused(list, "page", "99999999999", "constraint.unreadable"),
                refused(list, "size", "-5", "constraint.Min"),
                refused(list, "size", "0", "constraint.Min"),
                refused(list, "size", "2001", "constraint.Max"),
                refused(list, "size", "ten", "constraint.unreadable")));
    }

    @TestFactory
    Stream<DynamicTest> aSortByAPropertyTheListDoesNotAllowIsRefused() {
        return lists().filter(Listing::isPageable)
                .flatMap(list -> Stream.of(
                                "queryCodeHash",
                                "complainant.nameHash",
                                "subject,desc",
                                "receivedAt,queryCodeHash,asc",
                                "",
                                ",desc")
                        .filter(sort -> Arrays.stream(sort.split(",", -1))
                                .anyMatch(part -> !list.sortable().contains(part)
                                        && !part.equalsIgnoreCase("asc")
                                        && !part.equalsIgnoreCase("desc")))
                        .map(sort -> refused(list, "sort", sort, "constraint.sort-property")));
    }

    @TestFactory
    Stream<DynamicTest> everyPropertyAListAllowsSortsIt() {
        return lists().flatMap(list -> list.sortable().stream()
                .map(property -> property + ",desc")
                .map(sort -> dynamicTest(
                        list + " sorted by " + sort,
                        () -> list.request(api)
                                .queryParam("sort", sort)
                                .get(list.path())
                                .then()
                                .statusCode(200))));
    }

    @Test
    void theListsAreFound() {
        assertThat(lists().map(Listing::path))
                .contains(
                        "/complaints",
                        "/work-queue",
                        "/supervision/board",
                        "/supervision/orders",
                        "/supervision/accountability",
                        "/consultations",
                        "/public/consultations",
                        "/admin/audit",
                        "/admin/outbox",
                        "/notifications");
    }

    @Test
    void goodPagingIsServed() {
        complaints.file();
        api.as(Logins.CLERK)
                .queryParam("page", "0")
                .queryParam("size", "2000")
                .queryParam("sort", "receivedAt,ASC")
                .queryParam("sort", "trackingNumber")
                .get("/complaints")
                .then()
                .statusCode(200);
    }

    private DynamicTest refused(Listing list, String parameter, String value, String code) {
        return dynamicTest(
                list + " with " + parameter + "=" + value,
                () -> list.request(api)
                        .queryParam(parameter, value)
                        .get(list.path())
                        .then()
                        .spec(invalidField(parameter, code)));
    }

    /** The GET endpoints under /api that page: a Pageable, or page and size parameters of their own. */
    private Stream<Listing> lists() {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(mapping -> mapping.getKey().getMethodsCondition().getMethods().stream()
                        .anyMatch(method -> method.name().equals("GET")))
                .filter(mapping -> pages(mapping.getValue()))
                .flatMap(mapping -> paths(mapping.getKey())
                        .map(path -> new Listing(
                                path.substring("/api/v1".length()),
                                sortable(mapping.getValue()),
                                isPageable(mapping.getValue()))));
    }

    private static Stream<String> paths(RequestMappingInfo info) {
        return info.getPatternValues().stream().filter(path -> path.startsWith("/api/"));
    }

    private static boolean pages(HandlerMethod method) {
        return isPageable(method)
                || Arrays.stream(method.getMethodParameters())
                        .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestParam.class)
                                && "page".equals(parameter.getParameter().getName()));
    }

    private static boolean isPageable(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters()).anyMatch(PagingApiTest::isPageable);
    }

    private static boolean isPageable(MethodParameter parameter) {
        return Pageable.class.equals(parameter.getParameterType());
    }

    private static List<String> sortable(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .filter(PagingApiTest::isPageable)
                .map(parameter -> parameter.getParameterAnnotation(SortableBy.class))
                .flatMap(allowed -> allowed == null ? Stream.empty() : Arrays.stream(allowed.value()))
                .toList();
    }

    private static final Map<String, String> LOGINS =
            Map.of("/admin/", Logins.ADMIN, "/supervision/", Logins.INSPECTOR);

    /** A list endpoint, the properties it may be sorted by, and whether Spring Data pages it. */
    private record Listing(String path, List<String> sortable, boolean isPageable) {

        /** As someone who may read it. */
        RequestSpecification request(Api api) {
            String login = LOGINS.entrySet().stream()
                    .filter(prefix -> path.startsWith(prefix.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(Logins.CLERK);
            return api.as(login);
        }

        @Override
        public String toString() {
            return path;
        }
    }
}
