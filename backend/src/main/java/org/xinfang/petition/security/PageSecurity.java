package org.xinfang.petition.security;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/** Where the pages are, which of them anyone may open, and the content policy they are served under. */
public final class PageSecurity {

    /** The staff workbench's home, where a login lands. */
    public static final String WORKBENCH = "/workbench";

    public static final String LOGIN = "/workbench/login";
    public static final String LOGOUT = "/workbench/logout";

    /** Where a staff member changes their own password, and must before anything else when someone else set it. */
    public static final String PASSWORD = "/workbench/password";

    /** Every page: the portal at the root, the workbench, the administration. */
    static final String[] PAGES = {"/", "/portal/**", "/workbench/**", "/error"};

    /** The pages' static files, anyone's to fetch. */
    static final String[] ASSETS = {"/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico"};

    /** The portal (citizens have no account) and the login page. */
    static final String[] PUBLIC = {"/", "/portal/**", LOGIN, "/error"};

    /** Staff users, units, roles, the calendar, the audit trail and the outbox: administrators only. */
    static final String[] ADMINISTRATION = {"/workbench/admin/**"};

    /**
     * Scripts and styles only from our own files (htmx, ECharts and ours: no inline script, no inline style element);
     * images may be data or blob URLs (charts exported, previews); attachments preview in a frame of our own origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'self'; "
            + "frame-ancestors 'self'; form-action 'self'; base-uri 'none'";

    /** The pages' CSRF token: a cookie scripts cannot read, sent back in each form (or by htmx in a header). */
    static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("XF-CSRF");
        tokens.setHeaderName("X-CSRF-TOKEN");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        return tokens;
    }

    private PageSecurity() {}
}
