package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on every door that takes HTTP Basic: the staff member the token stands for
 * acts for this request only (nothing goes into a session). A token that does not hold is the same 401 as wrong
 * credentials.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ProblemAuthenticationEntryPoint problems;

    BearerTokenFilter(ApiTokens tokens, ProblemAuthenticationEntryPoint problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** The token a request presents, if it presents one. */
    static Optional<String> presented(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? Optional.of(authorization.substring(BEARER.length()).strip())
                : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = presented(request);
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffPrincipal> staff = tokens.authenticate(token.get());
        if (staff.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, new BadCredentialsException("bearer token refused"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(staff.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** A request authenticated by a bearer token rather than a password. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final StaffPrincipal staff;

        TokenAuthentication(StaffPrincipal staff) {
            super(staff.getAuthorities());
            this.staff = staff;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return staff;
        }
    }
}
