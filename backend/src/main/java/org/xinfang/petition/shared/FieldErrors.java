package org.xinfang.petition.shared;

import jakarta.validation.ConstraintViolation;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.xinfang.petition.shared.PetitionException.FieldViolation;

/**
 * A field error of Spring's validation as our violation (field, message code, arguments): the one reading of a
 * constraint's failure, for the API's problem and for a page that shows the same message next to the field.
 */
public final class FieldErrors {

    private static final Pattern PRECISE_CODE = Pattern.compile("\\{(constraint\\.[\\w.-]+)}(?: (.+))?");

    private FieldErrors() {}

    /**
     * A value that does not convert (an unknown enum constant) is unreadable. A validator that tells why a value
     * fails (a resident ID's check character rather than its length) reports a message template naming a more
     * precise code, {@code {constraint.…}}, and may add the one argument the message needs after a space
     * ({@code {constraint.PlainText.characters} U+202E}); otherwise the constraint's own code is used.
     */
    public static FieldViolation violationOf(FieldError error) {
        if (error.isBindingFailure()) {
            return new FieldViolation(error.getField(), "constraint.unreadable");
        }
        Matcher precise = preciseCode(error);
        if (precise == null) {
            return new FieldViolation(error.getField(), "constraint." + error.getCode(), constraintArgs(error));
        }
        return new FieldViolation(
                error.getField(),
                precise.group(1),
                precise.group(2) == null ? constraintArgs(error) : new Object[] {precise.group(2)});
    }

    private static Matcher preciseCode(FieldError error) {
        if (error.contains(ConstraintViolation.class)) {
            Matcher precise =
                    PRECISE_CODE.matcher(error.unwrap(ConstraintViolation.class).getMessageTemplate());
            if (precise.matches()) {
                return precise;
            }
        }
        return null;
    }

    /** Bean Validation puts the field itself first, then the constraint's attributes in name order. */
    static Object[] constraintArgs(MessageSourceResolvable error) {
        Object[] args = error.getArguments();
        if (args == null || args.length <= 1) {
            return new Object[0];
        }
        return Arrays.stream(args, 1, args.length)
                .map(arg -> arg instanceof MessageSourceResolvable ? "" : arg)
                .toArray();
    }
}
