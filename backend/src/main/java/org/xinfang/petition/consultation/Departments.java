package org.xinfang.petition.consultation;

import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.shared.PetitionException;

/** The departments a consultation may be routed to: the public-security bureaus of the organisation. */
@Component
class Departments {

    private final Organisation organisation;

    Departments(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The department {@code code} names; {@code field} is named when it names none. */
    OrgUnit require(Object code, String field) {
        if (code == null || code.toString().isBlank()) {
            throw PetitionException.invalid(field, "constraint.NotNull");
        }
        OrgUnit unit = organisation
                .unit(code.toString().strip())
                .orElseThrow(() -> PetitionException.invalid(field, "constraint.unknown-unit"));
        if (!unit.isBureau()) {
            throw PetitionException.invalid(field, "constraint.not-a-bureau", unit.getCode());
        }
        return unit;
    }

    OrgUnit byCode(String code) {
        return organisation.unit(code).orElseThrow(() -> new IllegalStateException("No unit " + code));
    }
}
