package org.xinfang.petition.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import java.util.List;

/**
 * What every error of the API looks like: an RFC 7807 problem with a "中文 / English" title and detail and a
 * message code; for bad input, an {@code errors} array naming each field with a resolved message in both
 * languages.
 */
public final class Problems {

    /** At least one CJK character: the Chinese half of a bilingual text is there. */
    private static final String HAS_CHINESE = "(?s).*\\p{IsHan}.*";

    private Problems() {}

    public static ResponseSpecification problem(int status, String code) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", startsWith("application/problem+json"))
                .expectBody("status", equalTo(status))
                .expectBody("code", equalTo(code))
                .expectBody("title", matchesPattern(HAS_CHINESE))
                .expectBody("title", containsString(" / "))
                .expectBody("detail", matchesPattern(HAS_CHINESE))
                .expectBody("detail", containsString(" / "))
                // An unresolved message code would show as itself.
                .expectBody("detail", not(containsString(code + " / ")))
                .build();
    }

    public static ResponseSpecification notFound() {
        return problem(404, "case.not-found");
    }

    public static ResponseSpecification notAtStage() {
        return problem(409, "case.not-at-stage");
    }

    public static ResponseSpecification notCandidate() {
        return problem(403, "case.not-candidate");
    }

    public static ResponseSpecification unauthenticated() {
        return problem(401, "authentication-required");
    }

    /**
     * 400 naming at least these fields; every message resolved (no raw message code) and the Chinese one with the
     * field's Chinese label rather than its JSON name.
     */
    public static ResponseSpecification invalid(String... fields) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(400, "invalid-input"))
                .expectBody("errors.field", hasItems(fields))
                .expectBody("errors.message", everyItem(matchesPattern(HAS_CHINESE)))
                .expectBody("errors.message", everyItem(not(containsString("constraint."))))
                .expectBody("errors.messageEn", everyItem(not(containsString("constraint."))))
                .expectBody(
                        "errors.findAll { it.message.contains(it.field.tokenize('.').last()) }.field",
                        equalTo(List.of()))
                .build();
    }

    /** 400 naming exactly one field, with the given message code. */
    public static ResponseSpecification invalidField(String field, String code) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(invalid(field))
                .expectBody("errors.size()", equalTo(1))
                .expectBody("errors[0].code", equalTo(code))
                .build();
    }
}
