package org.xinfang.petition.administration;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * A refusal of a service told in the page's language: each bad field's message to show beside it, with the field's
 * label as the API's problems have it; a refusal without a field (a login taken, a message already sent) as one
 * message under the key {@value #FORM}.
 */
@Component
class FieldErrors {

    /** The key of a refusal that names no field: shown at the top of the form. */
    static final String FORM = "form";

    private final MessageSource source;
    private final Messages messages;

    FieldErrors(MessageSource source, Messages messages) {
        this.source = source;
        this.messages = messages;
    }

    Map<String, String> of(PetitionException refusal, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refusal.violations().isEmpty()) {
            errors.put(FORM, source.getMessage(refusal.code(), refusal.args(), refusal.code(), locale));
        }
        for (PetitionException.FieldViolation violation : refusal.violations()) {
            Object[] args = new Object[violation.args().length + 1];
            args[0] = messages.fieldLabel(violation.field(), locale);
            System.arraycopy(violation.args(), 0, args, 1, violation.args().length);
            errors.putIfAbsent(violation.field(), source.getMessage(violation.code(), args, violation.code(), locale));
        }
        return errors;
    }
}
