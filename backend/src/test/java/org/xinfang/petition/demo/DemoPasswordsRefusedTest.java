package org.xinfang.petition.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
