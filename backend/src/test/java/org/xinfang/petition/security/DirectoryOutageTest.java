package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.organization.DirectoryAccounts;
import org.xinfang.petition.organization.DirectoryAccounts.DirectoryEntry;
import org.xinfang.petition.organization.LoginAttempts;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.OrganisationSetup;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.shared.OperationsHealth;
import org.xinfang.petition.support.ApiTest;

/**
 * A directory that cannot be reached refuses its own users without counting it against them, and leaves a local
 * account's refusal to the local check (whose failures count towards the lock-out), so that the break-glass
 * administrator is not locked out with it; the sync between logins disables nobody. The login is asked of a
 * directory at a port nobody listens on.
 */
class DirectoryOutageTest extends ApiTest {

    @Autowired
    Organisation organisation;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    DirectoryAccounts accounts;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    AuthenticationProvider unreachable;
    DirectoryHealth health;
    DirectorySync sync;

    @BeforeEach
    void aDirectoryNobodyAnswers() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DirectoryProperties down = new Binder(new MapConfigurationPropertySource(Map.of(
                        "petition.directory.ldap.enabled", "true",
                        "petition.directory.ldap.urls", "ldap://127.0.0.1:" + closedPort,
                        "petition.directory.ldap.base-dn", "dc=xinfang,dc=test",
                        "petition.directory.ldap.timeout", "2s",
                        "petition.directory.ldap.groups[0].group", "xinfang-handlers",
                        "petition.directory.ldap.groups[0].roles", "HANDLER")))
                .bind("petition.directory.ldap", DirectoryProperties.class)
                .get();
        DirectoryConfig config = new DirectoryConfig();
        DefaultSpringSecurityContextSource servers = config.directoryServers(down);
        servers.afterPropertiesSet();
        health = new DirectoryHealth(servers);
        unreachable = config.directoryLogin(servers, down, organisation, accounts, attempts)
                .provider();
        sync = config.directorySync(servers, down, accounts);
    }

    @Test
    void aLocalAccountsRefusalIsLeftToTheLocalCheck() {
        String login = "outage.local." + System.nanoTime();
        transactions.executeWithoutResult(status -> setup.addStaff(
                login,
                "本地 账号",
                passwords.encode("local-password"),
                organisation.unit("petition-640000").orElseThrow(),
                EnumSet.of(Role.CLERK)));

        assertThat(unreachable.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, "wrong")))
                .isNull();
    }

    @Test
    void aDirectoryAccountOrAnUnknownUserIsRefusedAsTheDirectoryCannotBeAsked() {
        String login = "outage.dir." + System.nanoTime();
        accounts.signedIn(new DirectoryEntry(login, "目录 账号", "psb-640104", EnumSet.of(Role.HANDLER)));

        for (String username : new String[] {login, "outage.nobody." + System.nanoTime()}) {
            assertThatThrownBy(() -> unreachable.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(username, "a-password")))
                    .as(username)
                    .isInstanceOf(InternalAuthenticationServiceException.class);
        }
    }

    @Test
    void theSyncBetweenLoginsStopsAndDisablesNobody() {
        String login = "outage.sync." + System.nanoTime();
        accounts.signedIn(new DirectoryEntry(login, "目录 账号", "psb-640104", EnumSet.of(Role.HANDLER)));

        DirectorySync.Run run = sync.run();

        assertThat(run.complete()).isFalse();
        assertThat(run.disabled()).isZero();
        assertThat(organisation.staffMember(login).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void theHealthComponentWarnsWithoutTakingTheNodeOut() {
        assertThat(health.health().getStatus()).isEqualTo(OperationsHealth.WARNING);
        assertThat(health.health().getDetails()).containsKey("problem");
    }
}
