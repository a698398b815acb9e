package org.xinfang.petition.administration;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageErrors;

/**
 * A refusal of a service told in the page's language: each bad field's message to show beside it, with the field's
 * label as the API's problems have it; a refusal without a field (a login taken, a message already sent) as one
 * message under the key {@value #FORM}.
 */
@Component
class FieldErrors {

    /** The key of a refusal that names no field: shown at the top of the form. */
    static final String FORM = "form";

    private final PageErrors errors;

    FieldErrors(PageErrors errors) {
        this.errors = errors;
    }

    Map<String, String> of(PetitionException refusal, Locale locale) {
        PageErrors.Shown shown = errors.of(refusal, locale);
        Map<String, String> byField = new LinkedHashMap<>(shown.fields());
        if (shown.page() != null) {
            byField.put(FORM, shown.page());
        }
        return byField;
    }
}
