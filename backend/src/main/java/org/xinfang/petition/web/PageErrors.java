package org.xinfang.petition.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Validator;
import org.xinfang.petition.shared.BindingViolations;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PetitionException.FieldViolation;

/**
 * A refusal as a page shows it: each bad field's message in the page's language, beside the field, with the same
 * codes and words as the API's problem (a field of a list, {@code files[1]}, at the list's field); a refusal that
 * names no field as one sentence for the top of the form.
 */
@Component
public class PageErrors {

    private final Messages messages;
    private final Validator validator;

    PageErrors(Messages messages, Validator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    /** What went wrong: messages by field (in the order refused), and one for the form when none is named. */
    public record Shown(Map<String, String> fields, String page) {

        public static Shown none() {
            return new Shown(Map.of(), null);
        }

        public boolean any() {
            return !fields.isEmpty() || page != null;
        }

        /** What a form's page shows: the values in its fields, the errors beside them and the page's own error. */
        public void showOn(Model model, Map<String, String> values) {
            model.addAttribute("values", values);
            model.addAttribute("errors", fields);
            model.addAttribute("pageError", page);
        }
    }

    public Shown of(PetitionException refusal, Locale locale) {
        if (refusal.violations().isEmpty()) {
            return new Shown(Map.of(), sentence(refusal, locale));
        }
        return new Shown(fields(refusal.violations(), locale), null);
    }

    /** The fields a form's binding and Bean Validation refused, as the API would name them. */
    public Shown of(BindingResult result, Locale locale) {
        return new Shown(fields(BindingViolations.of(result), locale), null);
    }

    /** The request checked by the Bean Validation rules the API applies to its body; none when it passes. */
    public List<FieldViolation> check(Object request) {
        DataBinder binder = new DataBinder(request, "request");
        binder.setValidator(validator);
        binder.validate();
        return BindingViolations.of(binder.getBindingResult());
    }

    /** The first message of each field, in the page's language. */
    public Map<String, String> fields(List<FieldViolation> violations, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldViolation violation : violations) {
            fields.putIfAbsent(violation.field().replaceAll("\\[\\d+]", ""), messages.violation(violation, locale));
        }
        return fields;
    }

    /** A refusal that names no field (a case no longer open, too many tries) as one sentence. */
    public String sentence(PetitionException refusal, Locale locale) {
        return messages.text(locale, refusal.code(), refusal.args());
    }
}
