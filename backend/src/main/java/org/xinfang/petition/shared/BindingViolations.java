package org.xinfang.petition.shared;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.xinfang.petition.shared.PetitionException.FieldViolation;

/**
 * The bad fields of a bound and validated request, each named with the message code and arguments the API's problems
 * use: the same for a JSON body refused by the API and for a form refused on a page.
 */
public final class BindingViolations {

    private static final Pattern PRECISE_CODE = Pattern.compile("\\{(constraint\\.[\\w.-]+)}(?: (.+))?");

    private BindingViolations() {}

    public static List<FieldViolation> of(BindingResult result) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            if (error.isBindingFailure()) {
                // A value that does not convert (an unknown enum constant in a filter) is unreadable, as in a JSON
                // body.
                violations.add(new FieldViolation(error.getField(), "constraint.unreadable"));
                continue;
            }
            Matcher precise = preciseCode(error);
            if (precise == null) {
                violations.add(
                        new FieldViolation(error.getField(), "constraint." + error.getCode(), constraintArgs(error)));
            } else {
                violations.add(new FieldViolation(
                        error.getField(),
                        precise.group(1),
                        precise.group(2) == null ? constraintArgs(error) : new Object[] {precise.group(2)}));
            }
        }
        result.getGlobalErrors()
                .forEach(error ->
                        violations.add(new FieldViolation(error.getObjectName(), "constraint." + error.getCode())));
        return violations;
    }

    /**
     * A validator that tells why a value fails (a resident ID's check character rather than its length) reports a
     * message template naming a more precise code, {@code {constraint.…}}, and may add the one argument the message
     * needs after a space ({@code {constraint.PlainText.characters} U+202E}); null for the constraint's own code.
     */
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
