package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xinfang.petition.organization.DirectoryAccounts;
import org.xinfang.petition.organization.DirectoryAccounts.DirectoryEntry;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;

/**
 * The directory's settings: off by default, when the authentication manager is our table's check alone and a
 * directory account logs in nowhere; the local accounts left out when asked; and a directory turned on without what
 * it needs refused at start.
 */
class DirectorySettingsTest extends ApiTest {

    @Autowired
    StaffUserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AuthenticationEventPublisher events;

    @Autowired
    DirectoryLogin directoryLogin;

    @Autowired
    DirectoryAccounts accounts;

    @Test
    void offByDefaultOnlyOurTableIsAskedAndADirectoryAccountLogsInNowhere() {
        DirectoryProperties off = settings(Map.of());
        assertThat(off.enabled()).isFalse();
        AuthenticationManager manager = manager(off, new StaticListableBeanFactory());

        assertThat(((ProviderManager) manager).getProviders())
                .singleElement()
                .isInstanceOf(DaoAuthenticationProvider.class);
        assertThat(manager.authenticate(login(Logins.ADMIN, Api.PASSWORD)).getPrincipal())
                .isInstanceOf(StaffPrincipal.class);
        String directoryAccount = "settings.dir." + System.nanoTime();
        accounts.signedIn(new DirectoryEntry(directoryAccount, "目录 账号", "psb-640104", EnumSet.of(Role.HANDLER)));
        assertThatThrownBy(() -> manager.authenticate(login(directoryAccount, Api.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void withoutLocalAccountsOnlyTheDirectoryIsAsked() {
        DirectoryProperties directoryOnly = settings(Map.of(
                "enabled", "true",
                "urls", "ldap://127.0.0.1:389",
                "local-accounts", "false",
                "groups[0].group", "xinfang-handlers",
                "groups[0].roles", "HANDLER"));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("directoryLogin", directoryLogin);
        AuthenticationManager manager = manager(directoryOnly, beans);

        assertThat(((ProviderManager) manager).getProviders())
                .singleElement()
                .isNotInstanceOf(DaoAuthenticationProvider.class);
        assertThatThrownBy(() -> manager.authenticate(login(Logins.ADMIN, Api.PASSWORD)))
                .as("a local account, refused")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDirectoryTurnedOnWithoutServersOrGroupsIsRefusedAtStart() {
        assertThatThrownBy(
                        () -> settings(Map.of("enabled", "true", "groups[0].group", "g", "groups[0].roles", "CLERK")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("urls");
        assertThatThrownBy(() -> settings(Map.of("enabled", "true", "urls", "ldap://127.0.0.1:389")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("groups");
        assertThatThrownBy(() ->
                        settings(Map.of("enabled", "true", "urls", "ldap://127.0.0.1:389", "groups[0].group", "g")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("groups[].roles or groups[].unit of g");
    }

    private AuthenticationManager manager(DirectoryProperties settings, StaticListableBeanFactory beans) {
        return new SecurityConfig()
                .authenticationManager(users, passwords, settings, beans.getBeanProvider(DirectoryLogin.class), events);
    }

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static DirectoryProperties settings(Map<String, String> given) {
        Map<String, String> properties = new HashMap<>();
        given.forEach((key, value) -> properties.put("petition.directory.ldap." + key, value));
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("petition.directory.ldap", DirectoryProperties.class);
    }
}
