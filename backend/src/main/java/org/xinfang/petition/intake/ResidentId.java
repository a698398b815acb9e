package org.xinfang.petition.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A resident identity number ({@link ResidentIdNumber}); a lowercase x is accepted. A wrong one names what is
 * wrong: its shape, a birth date that does not exist or lies in the future, or the check character.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResidentId.Validator.class)
public @interface ResidentId {

    String message() default "invalid resident ID number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's validator factory, which injects the one clock: a birth date is future by its today. */
    class Validator implements ConstraintValidator<ResidentId, String> {

        private final Clock clock;

        Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return ResidentIdNumber.defectOf(value, LocalDate.now(clock))
                    .map(defect -> Constraints.refuse(context, defect.code()))
                    .orElse(true);
        }
    }
}
