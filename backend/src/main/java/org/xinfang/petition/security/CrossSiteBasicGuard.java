package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers remember HTTP Basic credentials and send them with requests that other sites trigger. A state-changing
 * request with Basic credentials is refused when the browser says it comes from elsewhere: marked
 * {@code Sec-Fetch-Site: cross-site} or {@code same-site}, or, for browsers that do not send that header, with an
 * {@code Origin} (or, without one, a {@code Referer}) that is not this server's own. A client that sends none of
 * them (curl, another server) is no browser and goes on.
 */
class CrossSiteBasicGuard extends OncePerRequestFilter {

    private static final Set<String> FOREIGN = Set.of("cross-site", "same-site");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemAuthenticationEntryPoint problems;

    CrossSiteBasicGuard(ProblemAuthenticationEntryPoint problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic && !SAFE_METHODS.contains(request.getMethod()) && fromElsewhere(request)) {
            problems.crossSiteRefused(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromElsewhere(HttpServletRequest request) {
        if (FOREIGN.contains(String.valueOf(request.getHeader("Sec-Fetch-Site")))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !isOwnOrigin(request, origin);
        }
        String referer = request.getHeader("Referer");
        return referer != null && !isOwnOrigin(request, referer);
    }

    /**
     * Whether the URL (an origin, or a referring page) has this server's scheme, host and port, as the request
     * reached it (behind a trusted proxy, as the proxy was reached). {@code Origin: null} (a sandboxed or local
     * page) and anything unreadable are foreign.
     */
    private static boolean isOwnOrigin(HttpServletRequest request, String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        return scheme.equalsIgnoreCase(request.getScheme())
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port == request.getServerPort();
    }
}
