package org.xinfang.petition.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.xinfang.petition.shared.BindingViolations;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PetitionException.FieldViolation;
import org.xinfang.petition.shared.Problems;

/**
 * A refusal as a page shows it: each bad field's message in the page's language, beside the field, with the same
 * codes and words as the API's problem; a refusal that names no field as one message for the top of the page.
 */
@Component
public class PageErrors {

    private final Problems problems;
    private final Messages messages;

    PageErrors(Problems problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** What went wrong: messages by field (in the form's order of refusal), and one for the page when none is named. */
    public record Shown(Map<String, String> fields, String page) {

        public static Shown none() {
            return new Shown(Map.of(), null);
        }

        public boolean any() {
            return !fields.isEmpty() || page != null;
        }
    }

    public Shown of(PetitionException refusal, Locale locale) {
        if (refusal.violations().isEmpty()) {
            return new Shown(
                    Map.of(),
                    english(locale)
                            ? messages.en(refusal.code(), refusal.args())
                            : messages.zh(refusal.code(), refusal.args()));
        }
        return new Shown(byField(refusal.violations(), locale), null);
    }

    /** The fields a form's binding and Bean Validation refused, as the API would name them. */
    public Shown of(BindingResult result, Locale locale) {
        return new Shown(byField(BindingViolations.of(result), locale), null);
    }

    private Map<String, String> byField(List<FieldViolation> violations, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldViolation violation : violations) {
            Map<String, Object> error = problems.fieldError(violation.field(), violation.code(), violation.args());
            fields.putIfAbsent(violation.field(), (String) error.get(english(locale) ? "messageEn" : "message"));
        }
        return fields;
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
