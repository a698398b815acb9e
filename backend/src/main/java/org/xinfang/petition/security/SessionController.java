package org.xinfang.petition.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.ApiTokens.Issued;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * Who is signed in: for a browser after its form login (and the moment its CSRF cookie is set). And bearer tokens
 * for API clients: issued to a staff member who signs in with their password (HTTP Basic, or a browser's
 * session), revoked by the client when done.
 */
@RestController
@RequestMapping(BrowserSessions.LOGIN)
class SessionController {

    private final CurrentStaff currentStaff;
    private final ApiTokens tokens;
    private final OwnPasswordChange passwordChange;

    SessionController(CurrentStaff currentStaff, ApiTokens tokens, OwnPasswordChange passwordChange) {
        this.currentStaff = currentStaff;
        this.tokens = tokens;
        this.passwordChange = passwordChange;
    }

    /**
     * Who is signed in: login, name, unit and roles, and whether they must change their password before anything
     * else (it was set by someone else: the installer, an administrator's reset).
     */
    @GetMapping
    Me me() {
        // The login URL is open to everyone (it is where one logs in), so an anonymous GET reaches this method.
        StaffPrincipal staff =
                currentStaff.find().orElseThrow(() -> PetitionException.unauthenticated("authentication-required"));
        return new Me(
                staff.username(), staff.displayName(), staff.unitCode(), staff.roles(), staff.passwordChangeRequired());
    }

    /**
     * Changes the signed-in staff member's own password: the current one, and a new one of at least 8 characters
     * that does not contain the login and differs from the current one. A browser session goes on; bearer tokens
     * issued under the old password stop working.
     */
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(
            @Valid @RequestBody PasswordChange change, HttpServletRequest request, HttpServletResponse response) {
        passwordChange.change(change.currentPassword(), change.newPassword(), request, response);
    }

    /** A token only for a password: a token cannot renew itself beyond its lifetime. */
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    Issued issue() {
        if (byToken()) {
            throw PetitionException.forbidden("api-token-needs-password");
        }
        return tokens.issue(currentStaff.get());
    }

    /** Revokes the token this request presents (an API client's logout). */
    @DeleteMapping("/tokens/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeCurrent(HttpServletRequest request) {
        String token = BearerTokenFilter.presented(request)
                .filter(presented -> byToken())
                .orElseThrow(() -> PetitionException.forbidden("api-token-needs-token"));
        tokens.revoke(token, currentStaff.get().username());
    }

    /** Revokes every token of the signed-in staff member, wherever it is used. */
    @DeleteMapping("/tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeAll() {
        tokens.revokeAll(currentStaff.get().username());
    }

    private static boolean byToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof BearerTokenFilter.TokenAuthentication;
    }

    record Me(String username, String displayName, String unit, Set<Role> roles, boolean passwordChangeRequired) {}

    /** The current password and the new one. */
    record PasswordChange(
            @PlainText String currentPassword, @PlainText String newPassword) {}
}
