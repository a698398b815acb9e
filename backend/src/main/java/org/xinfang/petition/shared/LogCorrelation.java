package org.xinfang.petition.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The correlation ids of every log line written while a request is handled, from the first filter on: the request's
 * id ({@value #REQUEST_ID}: the caller's {@code X-Request-Id} if it is a safe token, else a new one, answered in the
 * same header) and the case it is about ({@value #TRACKING_NUMBER}: a tracking number in its path or query, as in
 * {@code /api/v1/complaints/{trackingNumber}}, {@code /workbench/cases/…} or Open311's {@code requests/{id}.json};
 * {@link CaseInRequestBody} adds the one of a body such as the lookup's). The engine puts the same key while it runs a
 * job or a delegate for a case (its business key, {@code logging-context-business-key} in application.properties).
 * Both are taken off the pooled thread when the request ends.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LogCorrelation extends OncePerRequestFilter {

    public static final String REQUEST_ID = "requestId";
    public static final String TRACKING_NUMBER = "trackingNumber";
    static final String HEADER = "X-Request-Id";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request, response);
        response.setHeader(HEADER, requestId);
        MDC.put(REQUEST_ID, requestId);
        String trackingNumber = trackingNumberIn(request);
        if (trackingNumber != null) {
            MDC.put(TRACKING_NUMBER, trackingNumber);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(TRACKING_NUMBER);
        }
    }

    /** The error page a failed request is forwarded to logs under the request's own ids. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static String requestId(HttpServletRequest request, HttpServletResponse response) {
        String answered = response.getHeader(HEADER);
        if (answered != null) {
            return answered;
        }
        String given = request.getHeader(HEADER);
        return given != null && SAFE_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    private static String trackingNumberIn(HttpServletRequest request) {
        String path = Objects.requireNonNullElse(
                (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), request.getRequestURI());
        Matcher inPath = TrackingNumbers.IN_TEXT.matcher(path);
        if (inPath.find()) {
            return inPath.group();
        }
        Matcher inQuery = TrackingNumbers.IN_TEXT.matcher(Objects.requireNonNullElse(request.getQueryString(), ""));
        return inQuery.find() ? inQuery.group() : null;
    }
}
