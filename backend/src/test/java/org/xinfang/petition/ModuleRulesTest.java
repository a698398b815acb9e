package org.xinfang.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The module rules catch each kind of misuse, shown on a fixture of two modules ({@code org.xinfang.modulesfixture}),
 * so that {@link ModularityTests} cannot pass by checking nothing.
 */
class ModuleRulesTest {

    private static final String FIXTURE = "org.xinfang.modulesfixture";

    private final ApplicationModules modules = ApplicationModules.of(FIXTURE, location -> true);
    private final JavaClasses classes = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void theFixtureHasItsTwoModules() {
        assertThat(modules.stream().map(module -> module.getName())).containsExactlyInAnyOrder("alpha", "beta");
    }

    @Test
    void verificationRefusesADependencyTheModuleDoesNotDeclare() {
        assertThatThrownBy(modules::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("beta")
                .hasMessageContaining("alpha");
    }

    @Test
    void anotherModulesRepositoryIsRefusedAndTheOwnersAllowed() {
        List<String> violations = ModuleRules.noModuleUsesAnotherModulesRepository(modules)
                .evaluate(classes)
                .getFailureReport()
                .getDetails();

        assertThat(violations)
                .isNotEmpty()
                .allMatch(line -> line.contains("Teller"))
                .anyMatch(line -> line.contains("AccountRepository.save"));
    }

    @Test
    void constructingOrChangingAnotherModulesEntityIsRefusedAndReadingItAllowed() {
        List<String> violations = ModuleRules.noModuleChangesAnotherModulesEntity(modules)
                .evaluate(classes)
                .getFailureReport()
                .getDetails();

        assertThat(violations)
                .allMatch(line -> line.contains("Teller"))
                .anyMatch(line -> line.contains("changes(") && line.contains("Account.close()"))
                .anyMatch(line -> line.contains("changesByReference(") && line.contains("Account.close()"))
                .anyMatch(line -> line.contains("constructs(") && line.contains("Account.<init>()"))
                .anyMatch(line -> line.contains("constructsByReference(") && line.contains("Account.<init>()"))
                .noneMatch(line -> line.contains("reads("));
    }
}
