package org.xinfang.petition.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.intake.FileComplaintRequest;
import org.xinfang.petition.intake.FileComplaintRequest.Accused;
import org.xinfang.petition.intake.FileComplaintRequest.ComplainantDetails;
import org.xinfang.petition.messaging.NotifyBy;
import org.xinfang.petition.shared.PetitionException.FieldViolation;

/**
 * The filing form as typed, each field named by its path in the API's request ({@code complainant.idNumber}), so
 * that the request's refusals land next to their fields. A citizen files on the web: no channel or urgency to
 * choose (the clerk judges urgency).
 */
final class ComplaintForm {

    /** The form's hidden field with the filing's {@code Idempotency-Key}, made when the form is first shown. */
    static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private final Map<String, String> values;
    private final List<FieldViolation> unreadable = new ArrayList<>();

    ComplaintForm(Map<String, String> values) {
        this.values = new HashMap<>(values);
    }

    /** What was typed, to show again. */
    Map<String, String> values() {
        return values;
    }

    String idempotencyKey() {
        return blankToNull(values.get(IDEMPOTENCY_KEY));
    }

    /** The API's request; a value that is no choice of its field is left out and reported by {@link #unreadable}. */
    FileComplaintRequest request() {
        unreadable.clear();
        String unit = text("accused.unit");
        String officer = text("accused.officer");
        return new FileComplaintRequest(
                new ComplainantDetails(
                        text("complainant.name"),
                        text("complainant.idNumber"),
                        text("complainant.phone"),
                        text("complainant.address"),
                        text("complainant.email")),
                choice("category", Category.class),
                null,
                text("region"),
                Channel.WEB,
                text("subject"),
                text("content"),
                number("coComplainants"),
                "true".equals(values.get("confidential")),
                unit == null && officer == null ? null : new Accused(unit, officer),
                choice("notifyBy", NotifyBy.class));
    }

    /** The fields whose values could not be read, found by the last {@link #request()}. */
    List<FieldViolation> unreadable() {
        return List.copyOf(unreadable);
    }

    private String text(String field) {
        return blankToNull(values.get(field));
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            unreadable.add(new FieldViolation(field, "constraint.unreadable"));
            return null;
        }
    }

    private Integer number(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            unreadable.add(new FieldViolation(field, "constraint.unreadable"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
