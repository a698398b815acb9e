package org.xinfang.petition.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.xinfang.petition.shared.Problems;

/**
 * Staff authenticate against our user table, and against the staff directory when it is on (docs/directory.md): browsers with a form login and a session, API clients with a bearer
 * token ({@link ApiTokens}) or HTTP Basic; citizens file and look up without an account.
 * The engine's REST API is for administrators only; the engine webapps run their own login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** The API answers JSON only: nothing in it may load, frame or run anything. */
    private static final String BCRYPT = "bcrypt";

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * BCrypt, its id stored with each hash so that a stronger scheme can replace it without a reset; the cost
     * (log2 rounds) is {@code petition.login.bcrypt-strength} and lives in each hash, so raising it applies to new
     * passwords while old hashes still match.
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordProperties properties) {
        return new DelegatingPasswordEncoder(
                BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(properties.bcryptStrength())));
    }

    /**
     * Every login (HTTP Basic, the browser form, the engine webapps through {@link StaffLoginCheck}): our own table's
     * accounts first, then the staff directory's ({@link DirectoryLogin}) when it is on; one outcome, published once
     * for the lock-out and its log ({@link LoginAuditing}). With the directory on and
     * {@code petition.directory.ldap.local-accounts=false}, only the directory's accounts log in.
     */
    @Bean
    AuthenticationManager authenticationManager(
            StaffUserDetailsService users,
            PasswordEncoder passwords,
            DirectoryProperties directorySettings,
            ObjectProvider<DirectoryLogin> directory,
            AuthenticationEventPublisher events) {
        List<AuthenticationProvider> logins = new ArrayList<>();
        if (!directorySettings.enabled() || directorySettings.localAccounts()) {
            logins.add(localLogin(users, passwords));
        }
        directory.ifAvailable(login -> logins.add(login.provider()));
        ProviderManager manager = new ProviderManager(logins);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * A login against our own table: the password is checked before the account's state, so that an unknown user
     * (checked against a dummy hash), a wrong password and a locked or disabled account cost the same hashing and
     * fail alike. The directory's accounts are unknown here: their password is the directory's.
     */
    private static DaoAuthenticationProvider localLogin(StaffUserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users::loadLocalAccount);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    ProblemAuthenticationEntryPoint problemEntryPoint(Problems problems) {
        return new ProblemAuthenticationEntryPoint(problems);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint problems,
            CurrentStaff currentStaff,
            @Lazy IdentityService identityService,
            ApiTokens tokens,
            StaffUserDetailsService users)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, ApiDoors.OPEN_POST)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, ApiDoors.OPEN_GET)
                        .permitAll()
                        .requestMatchers(ApiDoors.ADMINISTRATORS)
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                // Browsers log in with a form and keep a session; API clients send a bearer token (cheap) or HTTP Basic
                // (a password hash on every request) on every request.
                .formLogin(form -> form.loginProcessingUrl(BrowserSessions.LOGIN)
                        .successHandler(BrowserSessions::loggedIn)
                        .failureHandler(problems::loginFailed)
                        .permitAll())
                .logout(logout ->
                        logout.logoutUrl(BrowserSessions.LOGOUT).logoutSuccessHandler(BrowserSessions::loggedOut))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(BrowserSessions::needsCsrfToken))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .headers(headers ->
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .addFilterBefore(new CrossSiteBasicGuard(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new BrowserSessions.CsrfCookie(), BasicAuthenticationFilter.class)
                .addFilterAfter(new SessionStaffRefresh(users), SecurityContextHolderFilter.class)
                .addFilterBefore(
                        EngineAuthenticationFilter.forOurApi(currentStaff, identityService), AuthorizationFilter.class)
                .addFilterBefore(PasswordChangeGate.forOurApi(currentStaff, problems), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRestSecurity(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint problems,
            CurrentStaff currentStaff,
            @Lazy IdentityService identityService,
            ApiTokens tokens)
            throws Exception {
        return http
                // A path-pattern matcher on the whole path: the default (Spring MVC) matcher looks at the path within
                // the
                // servlet, and /engine-rest is Jersey's servlet, not the DispatcherServlet, so it never matched.
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(PasswordChangeGate.forEngineRest(currentStaff, problems), AuthorizationFilter.class)
                .addFilterAfter(
                        EngineAuthenticationFilter.forEngineRest(currentStaff, identityService),
                        AuthorizationFilter.class)
                .build();
    }

    /**
     * Open311 GeoReport v2 (the {@code open311} module): read by anyone, filed with an application's api_key, which
     * the module checks; no login, no session and no CSRF token (no browser's cookie is taken as anyone's).
     */
    @Bean
    @Order(3)
    SecurityFilterChain open311Security(HttpSecurity http) throws Exception {
        return http.securityMatcher("/open311/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers ->
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .build();
    }

    /**
     * The pages' static files: anyone may fetch them, and fetching one opens no session, sets no CSRF cookie and
     * looks up no staff member, so that the year-long cache headers of the resource handler (application.properties)
     * are safe for any cache to keep.
     */
    @Bean
    @Order(4)
    SecurityFilterChain assetSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(PageSecurity.ASSETS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(SecurityConfig::pageHeaders)
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The pages: the citizens' portal without a login; the staff workbench behind a login form and a session, every
     * form carrying the CSRF token (a hidden field Thymeleaf adds, or htmx's header). Pages call the services our API
     * calls, with the engine told who is acting, as for the API. Their policy lets nothing load from another origin and
     * runs no inline script or style.
     */
    @Bean
    @Order(5)
    SecurityFilterChain pageSecurity(
            HttpSecurity http,
            CurrentStaff currentStaff,
            @Lazy IdentityService identityService,
            StaffUserDetailsService users)
            throws Exception {
        return http.securityMatcher(PageSecurity.PAGES)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PageSecurity.PUBLIC)
                        .permitAll()
                        .requestMatchers(PageSecurity.ADMINISTRATION)
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(PageSecurity.LOGIN)
                        .defaultSuccessUrl(PageSecurity.WORKBENCH, false)
                        .failureUrl(PageSecurity.LOGIN + "?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl(PageSecurity.LOGOUT).logoutSuccessUrl(PageSecurity.LOGIN + "?out"))
                .headers(SecurityConfig::pageHeaders)
                // The token in a cookie of its own, not in a session: a citizen filing from the portal gets no session.
                .csrf(csrf -> csrf.csrfTokenRepository(PageSecurity.csrfTokens()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .addFilterAfter(new BrowserSessions.CsrfCookie(), CsrfFilter.class)
                .addFilterAfter(new SessionStaffRefresh(users), SecurityContextHolderFilter.class)
                .addFilterBefore(
                        EngineAuthenticationFilter.forOurApi(currentStaff, identityService), AuthorizationFilter.class)
                .addFilterBefore(PasswordChangeGate.forPages(currentStaff), AuthorizationFilter.class)
                .build();
    }

    /** The pages' and their files' headers: the content policy, framed only by our own pages. */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(PageSecurity.CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.sameOrigin());
    }

    /**
     * The actuator: health for anyone (the load balancer), with the operations figures for administrators who send
     * their credentials; every other endpoint for administrators only.
     */
    @Bean
    @Order(6)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint problems) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The engine webapps (own login against the engine's identity service) and API docs. */
    @Bean
    @Order(7)
    SecurityFilterChain otherSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }
}
