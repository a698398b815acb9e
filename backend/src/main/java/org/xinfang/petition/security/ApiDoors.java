package org.xinfang.petition.security;

import java.util.Arrays;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call which endpoint of /api/**: the citizens' and the public's doors open to anyone, the administration
 * to administrators, everything else to any signed-in staff member, each within their scope ({@link CaseScopes}). The
 * API's filter chain ({@link SecurityConfig}) and its OpenAPI description ({@link ApiAnswers}) read them here.
 */
final class ApiDoors {

    static final String[] OPEN_POST = {
        "/api/v1/complaints",
        "/api/v1/lookup",
        "/api/v1/lookup/material",
        "/api/v1/lookup/withdrawal",
        "/api/v1/lookup/rating",
        "/api/v1/lookup/review",
        "/api/v1/lookup/attachments/*",
        // window evaluators: the device's id and key are checked by evaluation.WindowRatings
        "/api/v1/evaluator/ratings",
        "/api/v1/consultations"
    };

    static final String[] OPEN_GET = {
        "/api/v1/reference/**", "/api/v1/consultations/*", "/api/v1/public/consultations", "/api/v1/public/replies"
    };

    static final String ADMINISTRATORS = "/api/v1/admin/**";

    private ApiDoors() {}

    /** Whether anyone may call {@code path} (a concrete path, not a template) with {@code method}. */
    static boolean isOpen(HttpMethod method, String path) {
        String[] open = HttpMethod.POST.equals(method) ? OPEN_POST : HttpMethod.GET.equals(method) ? OPEN_GET : null;
        return open != null && Arrays.stream(open).anyMatch(pattern -> matches(pattern, path));
    }

    static boolean isForAdministrators(String path) {
        return matches(ADMINISTRATORS, path);
    }

    private static boolean matches(String pattern, String path) {
        PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
        return parsed.matches(org.springframework.http.server.PathContainer.parsePath(path));
    }
}
