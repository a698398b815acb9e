package org.xinfang.petition.handling;

import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/** Only the handlers and leaders of the bureau that has the case act for the bureau outside a task. */
@Component
class BureauStaff {

    private final CurrentStaff currentStaff;
    private final CaseScopes scopes;

    BureauStaff(CurrentStaff currentStaff, CaseScopes scopes) {
        this.currentStaff = currentStaff;
        this.scopes = scopes;
    }

    /** 404 for a case outside the caller's scope, as for an unknown one; 403 for others who see it. */
    StaffPrincipal ofBureauHandling(Complaint complaint) {
        StaffPrincipal staff = currentStaff.get();
        scopes.checkCanView(staff, complaint);
        boolean ofTheBureau = complaint.getCurrentBureau() != null
                && complaint.getCurrentBureau().getId().equals(staff.unitId())
                && staff.hasAnyRole(Role.HANDLER, Role.BUREAU_LEADER);
        if (!ofTheBureau) {
            throw PetitionException.forbidden("case.not-candidate", complaint.getTrackingNumber());
        }
        return staff;
    }
}
