package org.xinfang.petition.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session holds the staff member as they were when they logged in; an administrator may since have
 * disabled them, reset their password, moved them or changed their roles. Each request of a session reads them
 * again, as a bearer token's does: a disabled or locked account, or a changed password, ends the session; a move
 * or new roles apply from this request on.
 */
final class SessionStaffRefresh extends OncePerRequestFilter {

    private final StaffUserDetailsService users;
    private static final HttpSessionSecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    SessionStaffRefresh(StaffUserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof StaffPrincipal held) {
            StaffPrincipal now = current(held.username());
            if (now == null
                    || !now.isEnabled()
                    || !now.isAccountNonLocked()
                    || !now.passwordHash().equals(held.passwordHash())) {
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else if (!now.unitCode().equals(held.unitCode()) || !now.roles().equals(held.roles())) {
                holdInSession(now, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** The session holds the staff member as they are now, from this request on. */
    static void holdInSession(StaffPrincipal now, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }

    private StaffPrincipal current(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }
}
