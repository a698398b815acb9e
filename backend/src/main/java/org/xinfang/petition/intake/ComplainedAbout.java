package org.xinfang.petition.intake;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.intake.FileComplaintRequest.Accused;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.StaffUser;
import org.xinfang.petition.shared.PetitionException;

/**
 * Reads whom a complaint is about. The officer is found by login, else by display name (within the named unit, if
 * any) when exactly one member of staff has it; a found officer's unit is the unit complained about unless the
 * filing names another. An officer not found is kept as written: no staff member is then kept off the case.
 */
@Component
class ComplainedAbout {

    private final Organisation organisation;

    ComplainedAbout(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The unit's code and the officer (login or name), each null when not named. */
    @Transactional
    Target resolve(Accused accused) {
        String unitCode = blankToNull(accused.unit());
        OrgUnit unit = unitCode == null
                ? null
                : organisation
                        .unit(unitCode)
                        .orElseThrow(() -> PetitionException.invalid("accused.unit", "constraint.unknown-unit"));
        String officer = blankToNull(accused.officer());
        if (officer == null) {
            return new Target(unitCode, null);
        }
        StaffUser found = organisation.staffMember(officer).orElseGet(() -> byDisplayName(officer, unit));
        if (found == null) {
            return new Target(unitCode, officer);
        }
        return new Target(unit != null ? unitCode : found.getUnit().getCode(), found.getUsername());
    }

    private StaffUser byDisplayName(String name, OrgUnit unit) {
        List<StaffUser> named = organisation.enabledStaff().stream()
                .filter(user -> user.getDisplayName().equals(name))
                .filter(user -> unit == null || user.getUnit().getId().equals(unit.getId()))
                .toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Target(String unitCode, String officer) {
        static final Target NONE = new Target(null, null);
    }
}
