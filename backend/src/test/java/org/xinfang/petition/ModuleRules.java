package org.xinfang.petition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.AccessTarget.ConstructorCallTarget;
import com.tngtech.archunit.core.domain.AccessTarget.ConstructorReferenceTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.xinfang.petition.shared.EntityQuery;

/**
 * The rules beyond Spring Modulith's own verification: a module's repositories and the changes to its entities are
 * its own. Another module may read an entity it is handed (getters, {@code is…}, {@code has…} and methods marked
 * {@link EntityQuery}), never construct or change it, and never use another module's Spring Data repository.
 */
final class ModuleRules {

    private static final Pattern READING = Pattern.compile("(get|is|has)\\p{Lu}.*");
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

    private ModuleRules() {}

    static ArchRule noModuleUsesAnotherModulesRepository(ApplicationModules modules) {
        return classes().should(new ForeignUse(modules, "use no Spring Data repository of another module") {
            @Override
            void check(JavaClass type, Predicate<JavaClass> foreign, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (target.isAssignableTo(Repository.class) && foreign.test(target)) {
                        events.add(SimpleConditionEvent.violated(type, dependency.getDescription()));
                    }
                }
            }
        });
    }

    static ArchRule noModuleChangesAnotherModulesEntity(ApplicationModules modules) {
        return classes().should(new ForeignUse(modules, "construct no entity of another module and only read one") {
            @Override
            void check(JavaClass type, Predicate<JavaClass> foreign, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> access : type.getCodeUnitAccessesFromSelf()) {
                    JavaClass target = access.getTargetOwner();
                    if (target.isAnnotatedWith(Entity.class) && foreign.test(target) && !reads(access)) {
                        events.add(SimpleConditionEvent.violated(type, access.getDescription()));
                    }
                }
            }
        });
    }

    private static boolean reads(JavaCodeUnitAccess<?> access) {
        if (access.getTarget() instanceof ConstructorCallTarget
                || access.getTarget() instanceof ConstructorReferenceTarget) {
            return false;
        }
        String name = access.getName();
        return READING.matcher(name).matches()
                || OBJECT_METHODS.contains(name)
                || access.getTarget()
                        .resolveMember()
                        .map(method -> method.isAnnotatedWith(EntityQuery.class))
                        .orElse(false);
    }

    /**
     * A condition on each class of a module about the classes of other modules it uses. Modules are looked up by
     * name: the classes checked are imported apart from the module model's.
     */
    private abstract static class ForeignUse extends ArchCondition<JavaClass> {

        private final ApplicationModules modules;

        ForeignUse(ApplicationModules modules, String description) {
            super(description);
            this.modules = modules;
        }

        abstract void check(JavaClass type, Predicate<JavaClass> foreign, ConditionEvents events);

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            modules.getModuleByType(type.getName())
                    .ifPresent(own -> check(type, target -> isForeign(own, target), events));
        }

        private boolean isForeign(ApplicationModule own, JavaClass target) {
            return !own.contains(target.getName())
                    && modules.getModuleByType(target.getName()).isPresent();
        }
    }
}
