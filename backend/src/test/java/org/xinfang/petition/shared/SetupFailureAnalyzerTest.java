package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A setting the installation must provide and lacks stops the start with the problem and what to do, as Spring
 * Boot's failure report, not a stack trace of bean creations.
 */
class SetupFailureAnalyzerTest {

    static final SetupRequired MISSING = new SetupRequired(
            "No data keys to protect the complainants' personal data.", "Set PETITION_DATA_KEYS; see docs/privacy.md");

    @Test
    void theReportIsTheProblemAndTheActionWhereverTheFailureIsWrapped() {
        FailureAnalysis analysis = new SetupFailureAnalyzer()
                .analyze(
                        new BeanCreationException("dataKeys", "failed", new IllegalStateException("wrapped", MISSING)));

        assertThat(analysis.getDescription()).isEqualTo(MISSING.getMessage());
        assertThat(analysis.getAction()).isEqualTo(MISSING.action());
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aStartThatLacksASettingReportsTheProblemAndTheAction(CapturedOutput output) {
        SpringApplication application = new SpringApplication(NeedsAKey.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(application::run).hasRootCause(MISSING);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START", MISSING.getMessage(), MISSING.action());
    }

    @Configuration(proxyBeanMethods = false)
    static class NeedsAKey {
        @Bean
        Object dataKeys() {
            throw MISSING;
        }
    }
}
