package org.xinfang.petition.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;

/**
 * The services window evaluators rate ({@code petition.evaluation.evaluator-services}), each labelled in the messages
 * as {@code evaluator.service.<code>}.
 */
@Component
public class EvaluatorServices {

    private final List<String> codes;

    EvaluatorServices(EvaluationProperties properties) {
        this.codes = List.copyOf(properties.evaluatorServices());
    }

    /** The configured service codes, in their configured order. */
    public List<String> codes() {
        return codes;
    }

    /** The message key of a service's label. */
    public static String labelKey(String code) {
        return "evaluator.service." + code;
    }

    /** The services asked for, each once, in the order asked; at least one, each configured, else 400 on services. */
    List<String> checked(List<String> asked) {
        if (asked == null || asked.isEmpty()) {
            throw PetitionException.invalid("services", "constraint.NotEmpty");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String service : asked) {
            String code = service == null ? "" : service.strip();
            if (!codes.contains(code)) {
                throw PetitionException.invalid("services", "evaluator.unknown-service", code);
            }
            chosen.add(code);
        }
        return List.copyOf(chosen);
    }
}
