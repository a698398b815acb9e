package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The production profile does not start with demo data, on the embedded database or as the database's root user
 * without a password, unless each is allowed by name; it says what is wrong and what to do. Other profiles start.
 * Swagger UI is off in production unless enabled.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSafeguardsTest {

    static final String MYSQL = "--spring.datasource.url=jdbc:mysql://db.example:3306/xinfang";
    static final String APP_USER = "--spring.datasource.username=xinfang";
    static final String PASSWORD = "--spring.datasource.password=secret";
    /** The embedded default seeds the demo; the mysql profile does not. */
    static final String NO_DEMO = "--petition.demo.organisation=false";

    static final String NO_DEMO_CASES = "--petition.demo.cases=false";

    @Test
    void demoDataIsRefused(CapturedOutput output) {
        assertRefused(output, "refuses demo data", "--petition.demo.organisation=true", MYSQL, APP_USER, PASSWORD);
    }

    @Test
    void theEmbeddedDatabaseIsRefused(CapturedOutput output) {
        assertRefused(output, "refuses the embedded H2 database", NO_DEMO, NO_DEMO_CASES, APP_USER, PASSWORD);
    }

    @Test
    void theRootUserWithoutAPasswordIsRefused(CapturedOutput output) {
        assertRefused(
                output,
                "refuses the database's root user without a password",
                NO_DEMO,
                NO_DEMO_CASES,
                MYSQL,
                "--spring.datasource.username=root",
                "--spring.datasource.password=");
    }

    @Test
    void eachIsAllowedByNameAndOtherProfilesAreNotChecked() {
        start(
                        "--spring.profiles.active=production",
                        "--petition.demo.organisation=true",
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--petition.production.allow-demo=true",
                        "--petition.production.allow-embedded-database=true",
                        "--petition.production.allow-root-database-user=true")
                .close();
        start("--petition.demo.organisation=true", "--spring.datasource.username=root")
                .close();
    }

    @Test
    void swaggerUiIsOffUnlessEnabled() {
        String[] production = {"--spring.profiles.active=production", NO_DEMO, NO_DEMO_CASES, MYSQL, APP_USER, PASSWORD
        };
        try (ConfigurableApplicationContext context = start(production)) {
            assertThat(context.getEnvironment().getProperty("springdoc.swagger-ui.enabled", Boolean.class))
                    .isFalse();
        }
        String[] enabled = Arrays.copyOf(production, production.length + 1);
        enabled[production.length] = "--PETITION_SWAGGER_UI=true";
        try (ConfigurableApplicationContext context = start(enabled)) {
            assertThat(context.getEnvironment().getProperty("springdoc.swagger-ui.enabled", Boolean.class))
                    .isTrue();
        }
    }

    private static void assertRefused(CapturedOutput output, String problem, String... settings) {
        String[] args = new String[settings.length + 1];
        args[0] = "--spring.profiles.active=production";
        System.arraycopy(settings, 0, args, 1, settings.length);

        assertThatThrownBy(() -> start(args)).isInstanceOf(SetupRequired.class).hasMessageContaining(problem);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START", problem, "petition.production.allow-");
    }

    /**
     * Plain text on the console, not production's JSON: Spring Boot keeps the first log format it is given as a
     * system property of the JVM, and every later test of the suite would log JSON.
     */
    private static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String[] plain = Arrays.copyOf(args, args.length + 1);
        plain[args.length] = "--logging.structured.format.console=";
        return application.run(plain);
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {}
}
