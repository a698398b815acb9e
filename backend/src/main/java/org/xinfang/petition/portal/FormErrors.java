package org.xinfang.petition.portal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.xinfang.petition.shared.FieldErrors;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PetitionException.FieldViolation;

/**
 * The messages to show next to a form's fields, in the reader's language: the request's constraints checked by the
 * validator the API uses, and the refusals of the services, worded as the API's problem words them. A field of a
 * list ({@code files[1]}) is shown at the list's field.
 */
@Component
class FormErrors {

    private final SpringValidatorAdapter validator;
    private final Messages messages;

    FormErrors(Validator validator, Messages messages) {
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    /** What the request's constraints refuse, the first message of each field. */
    Map<String, String> of(Object request, Locale locale) {
        return of(request, List.of(), locale);
    }

    /** The same after the values that could not be read into the request at all. */
    Map<String, String> of(Object request, List<FieldViolation> unreadable, Locale locale) {
        BindingResult result = new BeanPropertyBindingResult(request, "request");
        validator.validate(request, result);
        List<FieldViolation> violations = new ArrayList<>(unreadable);
        result.getFieldErrors().stream().map(FieldErrors::violationOf).forEach(violations::add);
        return messages(violations, locale);
    }

    /**
     * Checks the request and, when it passes, does what it asks: nothing when done, else the messages by field. A
     * refusal that names no field (the case is closed, too many tries) is shown at {@code field}.
     */
    Map<String, String> attempt(Object request, Runnable action, String field, Locale locale) {
        Map<String, String> errors = of(request, locale);
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            action.run();
            return Map.of();
        } catch (PetitionException refusal) {
            return refusal.violations().isEmpty() ? Map.of(field, sentence(refusal, locale)) : of(refusal, locale);
        }
    }

    /** A service's refusal of bad input, by field. */
    Map<String, String> of(PetitionException refusal, Locale locale) {
        return messages(refusal.violations(), locale);
    }

    /** The refusal said as one sentence, for a refusal that names no field (a case not open, too many tries). */
    String sentence(PetitionException refusal, Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? messages.en(refusal.code(), refusal.args())
                : messages.zh(refusal.code(), refusal.args());
    }

    private Map<String, String> messages(List<FieldViolation> violations, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldViolation violation : violations) {
            byField.putIfAbsent(violation.field().replaceAll("\\[\\d+]", ""), messages.violation(violation, locale));
        }
        return byField;
    }
}
