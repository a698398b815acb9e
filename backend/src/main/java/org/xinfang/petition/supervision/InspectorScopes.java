package org.xinfang.petition.supervision;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgTree;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * What an inspector supervises: the cases of their own unit and of every unit below it in the organisation tree
 * (a county inspector their county bureau, a city inspector the city bureau and its counties, the province
 * everything). Only inspectors use the supervision API.
 */
@Component
class InspectorScopes {

    private final CurrentStaff currentStaff;
    private final Organisation organisation;
    private final OrgTree tree;

    InspectorScopes(CurrentStaff currentStaff, Organisation organisation, OrgTree tree) {
        this.currentStaff = currentStaff;
        this.organisation = organisation;
        this.tree = tree;
    }

    boolean isInspector() {
        return currentStaff.get().hasRole(Role.INSPECTOR);
    }

    Scope current() {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.hasRole(Role.INSPECTOR)) {
            throw PetitionException.forbidden("access-denied");
        }
        OrgUnit own = organisation.unitById(staff.unitId()).orElseThrow();
        return new Scope(
                own,
                tree.unitAndBelow(own.getId()),
                organisation.petitionOffice().orElse(null));
    }

    /**
     * The unit an inspector belongs to, the ids of that unit and all units below it, and the petition office, which
     * has a case until it is dispatched.
     */
    record Scope(OrgUnit unit, Set<Long> unitIds, OrgUnit office) {

        boolean covers(OrgUnit other) {
            return other != null && unitIds.contains(other.getId());
        }

        /** Whether the unit that has the case now (its bureau, or the office before dispatch) is in the scope. */
        boolean covers(Complaint complaint) {
            return covers(complaint.getCurrentBureau() != null ? complaint.getCurrentBureau() : office);
        }

        /** A case outside the scope answers like an unknown one, so that its existence does not leak. */
        Complaint visible(Complaint complaint) {
            if (!covers(complaint)) {
                throw PetitionException.notFound("case.not-found", complaint.getTrackingNumber());
            }
            return complaint;
        }
    }
}
