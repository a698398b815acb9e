package org.xinfang.petition.security;

import java.util.Map;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.xinfang.petition.organization.DirectoryAccounts;
import org.xinfang.petition.organization.LoginAttempts;
import org.xinfang.petition.organization.Organisation;

/**
 * The login against the staff directory, when {@code petition.directory.ldap.enabled}: the user is found by the
 * search filter (as the manager account, or anonymously), their password checked by binding as them, and their
 * groups found by the group filter, each group known by its DN ({@link DirectoryLogin} maps them). One way for
 * OpenLDAP and Active Directory alike, nested groups included where the filter asks for them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("petition.directory.ldap.enabled")
class DirectoryConfig {

    @Bean
    DefaultSpringSecurityContextSource directoryServers(DirectoryProperties settings) {
        DefaultSpringSecurityContextSource servers =
                new DefaultSpringSecurityContextSource(settings.urls(), settings.baseDn());
        if (!settings.managerDn().isBlank()) {
            servers.setUserDn(settings.managerDn());
            servers.setPassword(settings.managerPassword());
        } else {
            servers.setAnonymousReadOnly(true);
        }
        if (!settings.referral().isBlank()) {
            servers.setReferral(settings.referral());
        }
        String millis = String.valueOf(settings.timeout().toMillis());
        servers.setBaseEnvironmentProperties(
                Map.of("com.sun.jndi.ldap.connect.timeout", millis, "com.sun.jndi.ldap.read.timeout", millis));
        return servers;
    }

    @Bean
    HealthIndicator directoryHealthIndicator(DefaultSpringSecurityContextSource directoryServers) {
        return new DirectoryHealth(directoryServers);
    }

    @Bean
    DirectoryLogin directoryLogin(
            DefaultSpringSecurityContextSource servers,
            DirectoryProperties settings,
            Organisation organisation,
            DirectoryAccounts accounts,
            LoginAttempts attempts) {
        BindAuthenticator bind = new BindAuthenticator(servers);
        bind.setUserSearch(userSearch(servers, settings));
        return new DirectoryLogin(
                new LdapAuthenticationProvider(bind, groupSearch(servers, settings)),
                organisation,
                accounts,
                attempts,
                settings);
    }

    @Bean
    DirectorySync directorySync(
            DefaultSpringSecurityContextSource servers, DirectoryProperties settings, DirectoryAccounts accounts) {
        return new DirectorySync(
                userSearch(servers, settings), groupSearch(servers, settings), new DirectoryGroups(settings), accounts);
    }

    private static FilterBasedLdapUserSearch userSearch(
            DefaultSpringSecurityContextSource servers, DirectoryProperties settings) {
        return new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(), servers);
    }

    private static DefaultLdapAuthoritiesPopulator groupSearch(
            DefaultSpringSecurityContextSource servers, DirectoryProperties settings) {
        DefaultLdapAuthoritiesPopulator groups =
                new DefaultLdapAuthoritiesPopulator(servers, settings.groupSearchBase());
        groups.setGroupSearchFilter(settings.groupSearchFilter());
        groups.setSearchSubtree(true);
        groups.setIgnorePartialResultException(true);
        groups.setAuthorityMapper(group -> new SimpleGrantedAuthority(
                group.get(SpringSecurityLdapTemplate.DN_KEY).get(0)));
        return groups;
    }
}
