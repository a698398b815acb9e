package org.xinfang.petition.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user task's Camunda Form from {@code forms/} as a page renders it: its fields in order with their labels (each
 * form's labels say "中文 English"; a page shows the half of its language), whether they are required, their
 * options and bounds, and when a field shows only for one answer of another. Tasklist renders the same file, so a
 * change to a form changes both; the server checks submissions against the same file ({@link TaskForm}).
 */
public record FormDefinition(String id, List<Component> components) {

    /** "=triageDecision != \"NOT_ACCEPT\"" or "=publish != true": hidden unless the other field has that value. */
    private static final Pattern HIDE_UNLESS =
            Pattern.compile("^=\\s*(\\w+)\\s*!=\\s*(?:\"([^\"]*)\"|(true|false))\\s*$");

    /** Where a bilingual label turns from Chinese to English: the first Latin letter after a space. */
    private static final Pattern ENGLISH_PART = Pattern.compile("\\s+(?=[A-Za-z])");

    /** One component: a field with a key, or a text (a heading or an explanation). */
    public record Component(
            String id,
            String type,
            String key,
            Label label,
            boolean required,
            boolean readOnly,
            Integer maxLength,
            Integer min,
            Integer max,
            List<Option> options,
            ShowWhen showWhen) {

        public boolean isField() {
            return key != null;
        }

        /** textfield, textarea, number, radio, select, checkbox, datetime; or text for a heading. */
        public boolean is(String kind) {
            return kind.equals(type);
        }
    }

    /** A choice of a radio or select field. */
    public record Option(String value, Label label) {}

    /** The component shows only while {@code field} has {@code value}. */
    public record ShowWhen(String field, String value) {}

    /** A label in both languages. */
    public record Label(String zh, String en) {

        static Label of(String text) {
            String plain = text == null ? "" : text.replaceFirst("^#+\\s*", "").strip();
            Matcher split = ENGLISH_PART.matcher(plain);
            while (split.find()) {
                char before = plain.charAt(split.start() - 1);
                if (before > 0x2E7F) {
                    return new Label(plain.substring(0, split.start()), plain.substring(split.end()));
                }
            }
            return new Label(plain, plain);
        }

        public String in(Locale locale) {
            return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
        }
    }

    static FormDefinition of(JsonNode form) {
        List<Component> components = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            components.add(component(component));
        }
        return new FormDefinition(form.path("id").asText(), List.copyOf(components));
    }

    /** The fields only, in order. */
    public List<Component> fields() {
        return components.stream().filter(Component::isField).toList();
    }

    private static Component component(JsonNode node) {
        JsonNode rules = node.path("validate");
        List<Option> options = new ArrayList<>();
        for (JsonNode option : node.path("values")) {
            options.add(new Option(
                    option.path("value").asText(), Label.of(option.path("label").asText())));
        }
        return new Component(
                node.path("id").asText(),
                node.path("type").asText(),
                node.hasNonNull("key") ? node.get("key").asText() : null,
                Label.of(
                        node.has("label")
                                ? node.path("label").asText()
                                : node.path("text").asText()),
                rules.path("required").asBoolean(false),
                node.path("readonly").asBoolean(false),
                rules.hasNonNull("maxLength") ? rules.get("maxLength").asInt() : null,
                rules.hasNonNull("min") ? rules.get("min").asInt() : null,
                rules.hasNonNull("max") ? rules.get("max").asInt() : null,
                List.copyOf(options),
                showWhen(node.path("conditional").path("hide").asText(null)));
    }

    private static ShowWhen showWhen(String hide) {
        if (hide == null) {
            return null;
        }
        Matcher condition = HIDE_UNLESS.matcher(hide);
        if (!condition.matches()) {
            return null;
        }
        return new ShowWhen(condition.group(1), condition.group(2) != null ? condition.group(2) : condition.group(3));
    }
}
