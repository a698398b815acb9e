package org.xinfang.petition.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/** A home address ({@link RealNameText#addressDefect}); a wrong one names what is wrong: length or characters. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HomeAddress.Validator.class)
public @interface HomeAddress {

    String message() default "not an address";

    /** Characters (code points) at the least: a province and city alone do not find anyone. */
    int min() default 5;

    /** Characters (code points) at the most. */
    int max() default 300;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator extends Constraints.BoundedText<HomeAddress> {

        @Override
        public void initialize(HomeAddress constraint) {
            bounds(constraint.min(), constraint.max());
        }

        @Override
        Optional<String> defectOf(String value, int min, int max) {
            return RealNameText.addressDefect(value, min, max);
        }
    }
}
