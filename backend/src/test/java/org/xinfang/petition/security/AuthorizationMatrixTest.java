package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xinfang.petition.security.AuthorizationMatrix.Entry;
import org.xinfang.petition.security.MatrixCases.Place;
import org.xinfang.petition.security.MatrixCases.Target;
import org.xinfang.petition.support.ApiTest;

/**
 * Every endpoint × every role × a record inside and outside the role's scope gets the answer
 * {@link AuthorizationMatrix} gives; an endpoint the matrix does not list fails the test.
 */
class AuthorizationMatrixTest extends ApiTest {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEndpointOfTheApiHasAnEntry() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> endpoints.addAll(keys(mapping)));
        Set<String> listed = new TreeSet<>();
        AuthorizationMatrix.ENTRIES.forEach(entry ->
                assertThat(listed.add(entry.key())).as("listed once: %s", entry).isTrue());

        assertThat(listed).containsExactlyElementsOf(endpoints);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsItsAnswerInsideAndOutsideItsScope() {
        MatrixCases cases = new MatrixCases(api, jdbc);
        return AuthorizationMatrix.ENTRIES.stream()
                .flatMap(entry -> places(entry).flatMap(place -> {
                    Map<Place, Target> shared = new EnumMap<>(Place.class);
                    int[] expected = place == Place.OUT_OF_SCOPE ? entry.outOfScope() : entry.inScope();
                    return IntStream.range(0, expected.length).mapToObj(column -> {
                        String role = AuthorizationMatrix.ROLES.get(column);
                        return dynamicTest(entry + " as " + (role == null ? "anonymous" : role) + ", " + place, () -> {
                            // a request that may change the record gets one of its own; refusals share one, which they
                            // leave as it was
                            boolean changes = expected[column] < 300;
                            Target target = changes
                                    ? entry.fixture().apply(cases, place)
                                    : shared.computeIfAbsent(
                                            place, where -> entry.fixture().apply(cases, where));
                            Response response = call(entry, role, target);
                            assertThat(response.statusCode())
                                    .as("%s as %s, %s: %s", entry, role, place, response.asString())
                                    .isEqualTo(expected[column]);
                        });
                    });
                }));
    }

    /** Both places where the entry tells them apart; else once, with a record in scope. */
    private static Stream<Place> places(Entry entry) {
        return entry.outOfScope() == null ? Stream.of(Place.IN_SCOPE) : Stream.of(Place.values());
    }

    private Response call(Entry entry, String role, Target target) {
        RequestSpecification request = entry.request().apply(role == null ? api.anonymous() : api.as(role));
        request = entry.withTarget().apply(request, target);
        Matcher variables = PATH_VARIABLE.matcher(entry.path());
        while (variables.find()) {
            String name = variables.group(1);
            // a record named by a code (a login, a unit's code) travels as the target's number
            request = request.pathParam(
                    name, name.equals("trackingNumber") || target.id() == null ? target.number() : target.id());
        }
        return request.request(entry.method(), entry.path().substring("/api/v1".length()));
    }

    /** The matrix keys of a mapping under /api: one per method and path, multipart marked. */
    private static Set<String> keys(RequestMappingInfo mapping) {
        Set<String> keys = new TreeSet<>();
        boolean multipart =
                mapping.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
        for (String path : mapping.getPatternValues()) {
            if (path.startsWith("/api/")) {
                mapping.getMethodsCondition()
                        .getMethods()
                        .forEach(method -> keys.add(method.name() + " " + path + (multipart ? " (multipart)" : "")));
            }
        }
        return keys;
    }
}
