package org.xinfang.petition.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mobile or landline number in mainland China ({@link PhoneNumbers}); a wrong one names what is wrong: not a
 * number, too short or too long, a landline without its area code, an unknown prefix, or a service number.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ChinesePhone.Validator.class)
public @interface ChinesePhone {

    String message() default "not a mobile or landline number in mainland China";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ChinesePhone, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return PhoneNumbers.defectOf(value)
                    .map(code -> Constraints.refuse(context, code))
                    .orElse(true);
        }
    }
}
