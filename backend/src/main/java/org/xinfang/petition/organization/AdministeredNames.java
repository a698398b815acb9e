package org.xinfang.petition.organization;

import org.xinfang.petition.shared.PetitionException;

/** The rule for names an administrator types (a staff member's, a unit's): one line, required, at most 100. */
final class AdministeredNames {

    static final int MAX_LENGTH = 100;

    private AdministeredNames() {}

    /** The name stripped, or the refusal naming the field. */
    static String checked(String field, String name) {
        if (name == null || name.isBlank()) {
            throw PetitionException.invalid(field, "constraint.NotBlank");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
            throw PetitionException.invalid(field, "organization.name-format", MAX_LENGTH);
        }
        return stripped;
    }
}
