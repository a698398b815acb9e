package org.xinfang.petition.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PetitionException.FieldViolation;
import org.xinfang.petition.web.PageErrors;

/**
 * The messages to show next to a form's fields, in the reader's language: the request's constraints checked by the
 * validator the API uses, and the refusals of the services, worded as the API's problem words them. A field of a
 * list ({@code files[1]}) is shown at the list's field.
 */
@Component
class FormErrors {

    private final PageErrors errors;

    FormErrors(PageErrors errors) {
        this.errors = errors;
    }

    /** What the request's constraints refuse, the first message of each field. */
    Map<String, String> of(Object request, Locale locale) {
        return of(request, List.of(), locale);
    }

    /** The same after the values that could not be read into the request at all. */
    Map<String, String> of(Object request, List<FieldViolation> unreadable, Locale locale) {
        List<FieldViolation> violations = new ArrayList<>(unreadable);
        violations.addAll(errors.check(request));
        return errors.fields(violations, locale);
    }

    /** Refuses a request its constraints refuse, for a form of hidden fields only: the error page says why. */
    void require(Object request) {
        List<FieldViolation> violations = errors.check(request);
        if (!violations.isEmpty()) {
            throw PetitionException.invalid(violations);
        }
    }

    /**
     * Checks the request and, when it passes, does what it asks: nothing when done, else the messages by field. A
     * refusal that names no field (the case is closed, too many tries) is shown at {@code field}.
     */
    Map<String, String> attempt(Object request, Runnable action, String field, Locale locale) {
        Map<String, String> refused = of(request, locale);
        if (!refused.isEmpty()) {
            return refused;
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
        return errors.fields(refusal.violations(), locale);
    }

    /** The refusal said as one sentence, for a refusal that names no field (a case not open, too many tries). */
    String sentence(PetitionException refusal, Locale locale) {
        return errors.sentence(refusal, locale);
    }
}
