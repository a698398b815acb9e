package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff in a browser log in with a form at {@value #LOGIN} and keep a session; every state-changing request of a
 * session (and the login itself) must carry the CSRF token from the {@code XSRF-TOKEN} cookie in the
 * {@code X-XSRF-TOKEN} header. API clients without a session authenticate each request and need no token.
 */
final class BrowserSessions {

    static final String LOGIN = "/api/v1/session";
    static final String LOGOUT = "/api/v1/session/logout";
    static final String PASSWORD = "/api/v1/session/password";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private BrowserSessions() {}

    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        return request.getRequestedSessionId() != null || LOGIN.equals(request.getRequestURI());
    }

    static void loggedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Loads the deferred CSRF token on every request, so the {@code XSRF-TOKEN} cookie reaches the browser. */
    static final class CsrfCookie extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    static void loggedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
