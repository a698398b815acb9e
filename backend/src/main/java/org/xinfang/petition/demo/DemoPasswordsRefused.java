package org.xinfang.petition.demo;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.OrganisationSetup;
import org.xinfang.petition.shared.SetupRequired;

/**
 * The production profile does not start while an enabled account can log in with the demo's password
 * ({@value DemoOrganisation#PASSWORD}, the same for every demo login, seeded with one hash; shorter than the eight
 * characters every password set here needs, so no account gets it otherwise), nor when the demo
 * organisation would be seeded now, unless {@code petition.production.allow-demo-passwords=true} allows it (a
 * trial). Checked once the database is migrated, before the node serves anything.
 */
@Component
@Profile("production")
class DemoPasswordsRefused implements SmartInitializingSingleton {

    private final Organisation organisation;
    private final OrganisationSetup setup;
    private final PasswordEncoder passwords;
    private final Environment environment;

    DemoPasswordsRefused(
            Organisation organisation, OrganisationSetup setup, PasswordEncoder passwords, Environment environment) {
        this.organisation = organisation;
        this.setup = setup;
        this.passwords = passwords;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (environment.getProperty("petition.production.allow-demo-passwords", Boolean.class, false)) {
            return;
        }
        boolean seedsDemo =
                environment.getProperty("petition.demo.organisation", Boolean.class, false) && setup.isEmpty();
        List<String> demoLogins = organisation.enabledLoginsSharingAPasswordHash().entrySet().stream()
                .filter(shared -> passwords.matches(DemoOrganisation.PASSWORD, shared.getKey()))
                .flatMap(shared -> shared.getValue().stream())
                .toList();
        if (seedsDemo || !demoLogins.isEmpty()) {
            throw new SetupRequired(
                    "The production profile refuses accounts with the demo password "
                            + DemoOrganisation.PASSWORD
                            + (demoLogins.isEmpty() ? " (the demo organisation is to be seeded)" : ": ")
                            + String.join(", ", demoLogins.stream().limit(5).toList())
                            + (demoLogins.size() > 5 ? " and " + (demoLogins.size() - 5) + " more" : "")
                            + ".",
                    "Start once with petition.production.allow-demo-passwords=true, disable those accounts or reset "
                            + "their passwords, and start again without it; or allow them for a trial with "
                            + "petition.production.allow-demo-passwords=true");
        }
    }
}
