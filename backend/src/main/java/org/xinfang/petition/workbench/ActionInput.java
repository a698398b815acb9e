package org.xinfang.petition.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageErrors;

/**
 * What a user entered on an action's page, read as the API reads a request: a blank field is no value, a choice
 * must be one of its constants, and the request record the service takes is checked by the same Bean Validation
 * rules as the API's request body, the refusal naming each bad field.
 */
final class ActionInput {

    private final MultiValueMap<String, String> fields;
    private final List<MultipartFile> files;
    private final PageErrors errors;

    ActionInput(MultiValueMap<String, String> fields, List<MultipartFile> files, PageErrors errors) {
        this.fields = fields;
        this.files = files;
        this.errors = errors;
    }

    /** The field's text, stripped; null when blank or absent. */
    String text(String key) {
        String value = fields.getFirst(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One of an enum's constants; null when blank; refused as unreadable when it is none of them. */
    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw PetitionException.invalid(key, "constraint.unreadable");
        }
    }

    /** A checkbox: ticked or not. */
    boolean ticked(String key) {
        return "true".equals(text(key));
    }

    /** The yes/no answer of a radio group; null when not given. */
    Boolean yesNo(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw PetitionException.invalid(key, "constraint.unreadable");
        }
        return Boolean.valueOf(value);
    }

    /** A whole number; null when blank; refused as unreadable when it is not one. */
    Integer number(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw PetitionException.invalid(key, "constraint.unreadable");
        }
    }

    /** A day written as 2026-12-20; null when blank; refused as unreadable when it is not one. */
    LocalDate day(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            throw PetitionException.invalid(key, "constraint.unreadable");
        }
    }

    /** The lines of a text area, each stripped, without the blank ones. */
    List<String> lines(String key) {
        String value = text(key);
        return value == null
                ? List.of()
                : value.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    /** The files chosen, without the empty part a form sends when none is. */
    List<MultipartFile> files() {
        return files.stream().filter(file -> !file.isEmpty()).toList();
    }

    /** The request the service takes, checked as the API checks its request body; refused naming the bad fields. */
    <R> R valid(R request) {
        var violations = errors.check(request);
        if (!violations.isEmpty()) {
            throw PetitionException.invalid(violations);
        }
        return request;
    }

    /** Every field as entered, to show again on the form after a refusal. */
    Map<String, String> asEntered() {
        return fields.toSingleValueMap();
    }

    /** What the form showed before the user typed, with every field as entered over it, to show after a refusal. */
    Map<String, String> enteredOver(Map<String, String> prefilled) {
        Map<String, String> entered = new LinkedHashMap<>(prefilled);
        entered.putAll(asEntered());
        return entered;
    }
}
