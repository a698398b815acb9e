package org.xinfang.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules depend on each other only through their public APIs, only on the modules each declares
 * ({@code allowedDependencies}) and without cycles; no module uses another's repositories or changes another's
 * entities ({@link ModuleRules}); and the module table of docs/architecture.md is the module model's.
 */
class ModularityTests {

    private static final ApplicationModules modules = ApplicationModules.of(PetitionApplication.class);
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackagesOf(PetitionApplication.class);

    /** The open module every module may use; the table leaves it out of the "depends on" column. */
    private static final String SHARED = "shared";

    private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(\\w+)`(?: \\(open\\))? \\|.*\\| ([^|]+) \\|$");

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void noModuleUsesAnotherModulesRepository() {
        ModuleRules.noModuleUsesAnotherModulesRepository(modules).check(classes);
    }

    @Test
    void noModuleConstructsOrChangesAnotherModulesEntity() {
        ModuleRules.noModuleChangesAnotherModulesEntity(modules).check(classes);
    }

    /** verify() checks that a module uses no more than it declares; this, that it declares no more than it uses. */
    @Test
    void everyModuleDeclaresExactlyTheModulesItUses() {
        Map<String, Set<String>> declared = new TreeMap<>();
        Map<String, Set<String>> used = new TreeMap<>();
        modules.forEach(module -> {
            declared.put(
                    module.getName(),
                    new TreeSet<>(Arrays.asList(annotationOf(module).allowedDependencies())));
            used.put(module.getName(), dependenciesOf(module));
        });
        assertThat(declared).as("allowedDependencies").isEqualTo(used);
    }

    @Test
    void theModuleTableOfTheArchitectureIsTheModuleModel() throws IOException {
        Map<String, Set<String>> table = new TreeMap<>();
        for (String line : Files.readAllLines(ARCHITECTURE)) {
            Matcher row = TABLE_ROW.matcher(line);
            if (row.matches()) {
                String cell = row.group(2).strip();
                table.put(
                        row.group(1),
                        cell.equals("—")
                                ? Set.of()
                                : Arrays.stream(cell.split(","))
                                        .map(name -> name.strip().replace("`", ""))
                                        .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        Map<String, Set<String>> model = new TreeMap<>();
        modules.forEach(module -> {
            Set<String> dependencies = dependenciesOf(module);
            dependencies.remove(SHARED);
            model.put(module.getName(), dependencies);
        });
        assertThat(table).as("module → depends on, in %s", ARCHITECTURE).isEqualTo(model);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static Set<String> dependenciesOf(ApplicationModule module) {
        return module.getDirectDependencies(modules)
                .uniqueModules()
                .map(ApplicationModule::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static org.springframework.modulith.ApplicationModule annotationOf(ApplicationModule module) {
        try {
            return Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Module " + module.getName() + " has no package-info", e);
        }
    }
}
