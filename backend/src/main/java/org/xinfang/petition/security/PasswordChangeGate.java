package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A staff member whose password someone else chose (the installer, an administrator's reset) changes it before
 * anything else, at every door that authenticates them: our API and /engine-rest answer 403
 * {@code password.change-required}, the pages send them to the page that changes it. Only that change, signing
 * out and asking who is signed in stay open. (The engine webapps refuse their login until then,
 * {@link StaffLoginCheck}.)
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    private final CurrentStaff currentStaff;
    private final Set<String> openPaths;
    private final Refusal refusal;

    private PasswordChangeGate(CurrentStaff currentStaff, Set<String> openPaths, Refusal refusal) {
        this.currentStaff = currentStaff;
        this.openPaths = openPaths;
        this.refusal = refusal;
    }

    /** Our API: only the change itself, signing out and who is signed in. */
    static PasswordChangeGate forOurApi(CurrentStaff currentStaff, ProblemAuthenticationEntryPoint problems) {
        return new PasswordChangeGate(
                currentStaff,
                Set.of(BrowserSessions.LOGIN, BrowserSessions.LOGOUT, BrowserSessions.PASSWORD),
                (request, response) -> problems.passwordChangeRequired(response));
    }

    /** The engine's REST API: nothing. */
    static PasswordChangeGate forEngineRest(CurrentStaff currentStaff, ProblemAuthenticationEntryPoint problems) {
        return new PasswordChangeGate(
                currentStaff, Set.of(), (request, response) -> problems.passwordChangeRequired(response));
    }

    /** The pages: the change's page, signing out and the error page; everything else leads to the change's page. */
    static PasswordChangeGate forPages(CurrentStaff currentStaff) {
        return new PasswordChangeGate(
                currentStaff,
                Set.of(PageSecurity.PASSWORD, PageSecurity.LOGOUT, PageSecurity.LOGIN, "/error"),
                (request, response) -> response.sendRedirect(request.getContextPath() + PageSecurity.PASSWORD));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean mustChange = currentStaff
                .find()
                .filter(StaffPrincipal::passwordChangeRequired)
                .isPresent();
        if (mustChange
                && !openPaths.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            refusal.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    @FunctionalInterface
    private interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }
}
