package org.xinfang.petition.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.OrganisationSetup;
import org.xinfang.petition.shared.SetupRequired;
import org.xinfang.petition.support.ApiTest;

/**
 * The production profile's check of the accounts, on the suite's database, which holds the demo's logins: it refuses
 * them, naming some, unless allowed by name.
 */
class DemoPasswordsRefusedTest extends ApiTest {

    @Autowired
    Organisation organisation;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLastEnabledLoginWithTheDemosHashIsFoundWhenTheOthersAreDisabled() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String hash = passwords.encode(DemoOrganisation.PASSWORD);
        long unit = jdbc.queryForObject("select unit_id from staff_user where username = 'admin'", Long.class);
        String last = "demo-last-" + suffix;
        String disabled = "demo-off-" + suffix;
        for (String username : List.of(last, disabled)) {
            jdbc.update(
                    "insert into staff_user (username, display_name, password_hash, unit_id, enabled)"
                            + " values (?, '演示账号', ?, ?, ?)",
                    username,
                    hash,
                    unit,
                    username.equals(last));
        }

        assertThat(organisation.enabledLoginsSharingAPasswordHash().get(hash)).containsExactly(last);
        assertThatThrownBy(() -> new DemoPasswordsRefused(organisation, setup, passwords, new MockEnvironment())
                        .afterSingletonsInstantiated())
                .isInstanceOf(SetupRequired.class);
        jdbc.update("update staff_user set enabled = false where username = ?", last);
    }

    @Test
    void theDemoLoginsAreRefusedUnlessAllowed() {
        MockEnvironment production = new MockEnvironment();
        assertThatThrownBy(() -> new DemoPasswordsRefused(organisation, setup, passwords, production)
                        .afterSingletonsInstantiated())
                .isInstanceOf(SetupRequired.class)
                .hasMessageContaining("refuses accounts with the demo password demo123: admin, clerk")
                .hasMessageContaining("more.");

        production.setProperty("petition.production.allow-demo-passwords", "true");
        assertThatCode(() -> new DemoPasswordsRefused(organisation, setup, passwords, production)
                        .afterSingletonsInstantiated())
                .doesNotThrowAnyException();
    }
}
