package org.xinfang.petition.intake;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Optional;

/** What the intake constraints share: refusing a value with the message code of the precise reason. */
final class Constraints {

    private Constraints() {}

    /**
     * Reports the violation with {@code code} as its message template; the problem response names that code
     * (and its bilingual message) instead of the constraint's general one. Always false, for the validator to return.
     */
    static boolean refuse(ConstraintValidatorContext context, String code) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + code + "}").addConstraintViolation();
        return false;
    }

    /**
     * A text with a length between the constraint's {@code min} and {@code max} and rules of its own. Blank is
     * left to {@code @NotBlank}, so that an empty field is named once.
     */
    abstract static class BoundedText<A extends Annotation> implements ConstraintValidator<A, String> {

        private int min;
        private int max;

        void bounds(int min, int max) {
            this.min = min;
            this.max = max;
        }

        /** Why the text fails, as a message code. */
        abstract Optional<String> defectOf(String value, int min, int max);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return defectOf(value, min, max).map(code -> refuse(context, code)).orElse(true);
        }
    }
}
