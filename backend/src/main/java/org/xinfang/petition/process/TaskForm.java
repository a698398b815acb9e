package org.xinfang.petition.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.operaton.bpm.engine.variable.value.TypedValue;
import org.xinfang.petition.shared.PetitionException;

/**
 * What a user may submit when completing a task: the fields its Camunda Form in {@code forms/} declares, each with
 * its type (text, number, yes/no, one of the options) and bounds, read-only fields unchanged. Anything else is
 * refused, naming the field, so that no door can set a process variable the form does not offer. Whether a field
 * is required and how long a text may be is the task's completion listener's to say (it names the fields as our API
 * does), for every door alike.
 */
record TaskForm(String id, Map<String, Field> fields) {

    static TaskForm of(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonNode component : form.path("components")) {
            if (component.hasNonNull("key")) {
                Field field = Field.of(component);
                fields.put(field.key(), field);
            }
        }
        return new TaskForm(form.path("id").asText(), Map.copyOf(fields));
    }

    /**
     * Refuses a submission with a field the form does not declare, a value of the wrong type or outside the field's
     * options or bounds, or a changed read-only field. {@code current} reads a variable as the task holds it now.
     */
    void check(Map<String, Object> submitted, Function<String, Object> current) {
        submitted.forEach((key, value) -> {
            Field field = fields.get(key);
            if (field == null) {
                throw PetitionException.invalid(key, "constraint.not-a-form-field");
            }
            field.check(plain(value), current);
        });
    }

    private static Object plain(Object value) {
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    /** One form field: its key, the kind of input and its rules. */
    record Field(String key, String type, boolean readOnly, BigDecimal min, BigDecimal max, Set<String> options) {

        static Field of(JsonNode component) {
            JsonNode rules = component.path("validate");
            Set<String> options = StreamSupport.stream(component.path("values").spliterator(), false)
                    .map(option -> option.path("value").asText())
                    .collect(Collectors.toUnmodifiableSet());
            return new Field(
                    component.get("key").asText(),
                    component.path("type").asText(),
                    component.path("readonly").asBoolean(false),
                    rules.hasNonNull("min") ? rules.get("min").decimalValue() : null,
                    rules.hasNonNull("max") ? rules.get("max").decimalValue() : null,
                    options);
        }

        void check(Object value, Function<String, Object> current) {
            if (readOnly) {
                if (value != null && !Objects.equals(String.valueOf(value), String.valueOf(current.apply(key)))) {
                    throw PetitionException.invalid(key, "constraint.read-only");
                }
                return;
            }
            if (isBlank(value)) {
                return;
            }
            switch (type) {
                case "radio", "select" -> {
                    if (!options.contains(value.toString())) {
                        throw PetitionException.invalid(key, "constraint.not-an-option");
                    }
                }
                case "checkbox" -> {
                    if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
                        throw PetitionException.invalid(key, "constraint.unreadable");
                    }
                }
                case "number" -> checkNumber(value);
                default -> {
                    if (!(value instanceof String)) {
                        throw PetitionException.invalid(key, "constraint.unreadable");
                    }
                }
            }
        }

        private void checkNumber(Object value) {
            BigDecimal number;
            try {
                number = new BigDecimal(value.toString().strip());
            } catch (NumberFormatException e) {
                throw PetitionException.invalid(key, "constraint.unreadable");
            }
            if (min != null && number.compareTo(min) < 0) {
                throw PetitionException.invalid(key, "constraint.Min", min);
            }
            if (max != null && number.compareTo(max) > 0) {
                throw PetitionException.invalid(key, "constraint.Max", max);
            }
        }
    }
}
