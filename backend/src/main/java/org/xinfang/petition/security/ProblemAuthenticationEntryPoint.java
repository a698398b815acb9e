package org.xinfang.petition.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.xinfang.petition.shared.Problems;

/**
 * 401 and 403 from the security filters, as the same problem bodies the rest of the API returns. A failed login
 * answers the same whatever failed (an unknown user, a wrong password, a locked or disabled account), so that the
 * answer tells an attacker nothing about which usernames exist or which accounts the lock-out has caught.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;

    ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"xinfang\"");
        problems.write(response, HttpStatus.UNAUTHORIZED, "authentication-required");
    }

    /** A failed form login: the same problem, without asking the browser for Basic credentials. */
    void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        problems.write(response, HttpStatus.UNAUTHORIZED, "login-failed");
    }

    /** The staff member must change the password someone else set before anything else ({@link PasswordChangeGate}). */
    void passwordChangeRequired(HttpServletResponse response) throws IOException {
        problems.write(response, HttpStatus.FORBIDDEN, "password.change-required");
    }

    void crossSiteRefused(HttpServletResponse response) throws IOException {
        problems.write(response, HttpStatus.FORBIDDEN, "cross-site-refused");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(response, HttpStatus.FORBIDDEN, "access-denied");
    }
}
