package org.xinfang.petition.survey;

import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/** The survey is the petition office's: its clerks draw, call and import; everyone else is refused (403). */
@Component
class ClerksOnly {

    private final CurrentStaff currentStaff;

    ClerksOnly(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
    }

    StaffPrincipal check() {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.hasRole(Role.CLERK)) {
            throw PetitionException.forbidden("access-denied");
        }
        return staff;
    }
}
