package org.xinfang.petition.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Optional;

/**
 * Text that people typed, as it may be kept and shown to others: no control characters (C0, DEL, C1; line breaks
 * only where the text has lines), no bidirectional controls (which reorder what a reader sees, e.g. U+202E) and
 * no lone surrogates (half a character, which the database cannot store). On every free-text field of every
 * request; the same {@link Rule} checks what the engine's Tasklist submits (process/TaskInput).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "not plain text";

    /** Whether the text may run over several lines (CR and LF); a name, subject or code may not. */
    boolean lines() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself, for text that does not arrive as a request body. */
    final class Rule {

        private static final String CHARACTERS = "constraint.PlainText.characters";
        private static final String ONE_LINE = "constraint.PlainText.one-line";

        private Rule() {}

        /** Refuses the text (400) naming {@code field}, the message code and the character at fault. */
        public static void check(String field, String text, boolean lines) {
            Optional<Defect> defect = defectOf(text, lines);
            if (defect.isPresent()) {
                throw PetitionException.invalid(
                        field, defect.get().code(), defect.get().character());
            }
        }

        /**
         * A name an administrator gives (a device, an application): one line of plain text, not blank, at most
         * {@code max} characters; answered stripped, refused naming {@code field}.
         */
        public static String checkedName(String field, String text, int max) {
            if (text == null || text.isBlank()) {
                throw PetitionException.invalid(field, "constraint.NotBlank");
            }
            String stripped = text.strip();
            check(field, stripped, false);
            if (stripped.length() > max) {
                throw PetitionException.invalid(field, "constraint.Size", max, 1);
            }
            return stripped;
        }

        static Optional<Defect> defectOf(String text, boolean lines) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (c == '\n' || c == '\r') {
                    if (!lines) {
                        return Optional.of(new Defect(ONE_LINE, name(c)));
                    }
                } else if (isRefused(c)) {
                    return Optional.of(new Defect(CHARACTERS, name(c)));
                }
                i += Character.charCount(c);
            }
            return Optional.empty();
        }

        private static boolean isRefused(int c) {
            return Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.SURROGATE
                    || isBidiControl(c)
                    || c == '\u2028'
                    || c == '\u2029';
        }

        /** Unicode's Bidi_Control characters: the marks, embeddings, overrides and isolates. */
        private static boolean isBidiControl(int c) {
            return c == '\u061C'
                    || c == '\u200E'
                    || c == '\u200F'
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
        }

        private static String name(int c) {
            return String.format(Locale.ROOT, "U+%04X", c);
        }

        /** Why a text cannot be kept: a message code and the character at fault ({@code U+202E}). */
        record Defect(String code, String character) {}
    }

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean lines;

        @Override
        public void initialize(PlainText constraint) {
            lines = constraint.lines();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return Rule.defectOf(value, lines)
                    .map(defect -> {
                        context.disableDefaultConstraintViolation();
                        // The precise code and the character at fault, as ProblemDetailsAdvice reads a validator's
                        // template.
                        context.buildConstraintViolationWithTemplate("{" + defect.code() + "} " + defect.character())
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
