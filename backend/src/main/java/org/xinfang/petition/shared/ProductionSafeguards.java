package org.xinfang.petition.shared;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The {@code production} profile refuses to start on what only a trial may run with: demo data (its logins all have
 * one known password), the embedded H2 database, and the database's root user without a password. Each is allowed
 * only by its own {@code petition.production.allow-*} setting; a refusal is a {@link SetupRequired}, reported as
 * what is wrong and what to do. Checked on the environment, before anything connects or seeds.
 */
public class ProductionSafeguards implements EnvironmentPostProcessor {

    static final String PROFILE = "production";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        boolean demo = environment.getProperty("petition.demo.organisation", Boolean.class, false)
                || environment.getProperty("petition.demo.cases", Boolean.class, false);
        refuse(
                environment,
                demo,
                "allow-demo",
                "The production profile refuses demo data: its logins share the password demo123.",
                "Turn PETITION_DEMO off (petition.demo.organisation and petition.demo.cases false), or allow it for a "
                        + "trial with petition.production.allow-demo=true");
        String url = environment.getProperty("spring.datasource.url", "");
        refuse(
                environment,
                url.startsWith("jdbc:h2:"),
                "allow-embedded-database",
                "The production profile refuses the embedded H2 database.",
                "Run with the mysql profile and PETITION_DB_URL (README, \"Running on MySQL or MariaDB\"), or allow "
                        + "it for a trial with petition.production.allow-embedded-database=true");
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        refuse(
                environment,
                "root".equalsIgnoreCase(user.strip()) && password.isBlank(),
                "allow-root-database-user",
                "The production profile refuses the database's root user without a password.",
                "Create a database user for the application and set PETITION_DB_USER and PETITION_DB_PASSWORD, or "
                        + "allow it with petition.production.allow-root-database-user=true");
    }

    private static void refuse(
            ConfigurableEnvironment environment, boolean found, String allowance, String problem, String action) {
        if (found && !environment.getProperty("petition.production." + allowance, Boolean.class, false)) {
            throw new SetupRequired(problem, action);
        }
    }
}
