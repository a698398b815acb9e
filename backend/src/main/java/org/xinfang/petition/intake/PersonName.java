package org.xinfang.petition.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/** A real name ({@link RealNameText#nameDefect}); a wrong one names what is wrong: characters, length or a dot. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PersonName.Validator.class)
public @interface PersonName {

    String message() default "not a real name";

    /** Characters (code points) at the least. */
    int min() default 2;

    /** Characters (code points) at the most. */
    int max() default 50;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator extends Constraints.BoundedText<PersonName> {

        @Override
        public void initialize(PersonName constraint) {
            bounds(constraint.min(), constraint.max());
        }

        @Override
        Optional<String> defectOf(String value, int min, int max) {
            return RealNameText.nameDefect(value, min, max);
        }
    }
}
