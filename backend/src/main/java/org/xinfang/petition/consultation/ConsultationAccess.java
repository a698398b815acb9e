package org.xinfang.petition.consultation;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CaseScopes.Scope;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * Which consultations a staff member may see, by the rule of {@link CaseScopes}: the petition office and
 * administrators all; a department (its handlers and leaders) those routed to it; inspectors those of their unit
 * and below; operators none.
 */
@Component
class ConsultationAccess {

    private final CaseScopes scopes;

    ConsultationAccess(CaseScopes scopes) {
        this.scopes = scopes;
    }

    /** The questions a staff member sees: the rule of complaints, with the department in the place of the bureau. */
    Specification<Consultation> visibleTo(StaffPrincipal staff) {
        Scope scope = scopes.of(staff);
        // questions are about no one's conduct: none of them is a discipline inspector's
        if (scope.isEmpty() || scope.conductOnly()) {
            throw PetitionException.forbidden("access-denied");
        }
        return (root, query, cb) ->
                scope.matches(cb, root.get("department"), root.get("region").get("code"));
    }

    /** An invisible consultation answers like an unknown one, so that its existence does not leak. */
    void checkCanView(StaffPrincipal staff, Consultation consultation) {
        Scope scope = scopes.of(staff);
        if (scope.conductOnly() || !scope.covers(consultation.getDepartment(), consultation.getRegion())) {
            throw PetitionException.notFound("consultation.not-found", consultation.getTrackingNumber());
        }
    }

    void checkIsPetitionOffice(StaffPrincipal staff) {
        if (!staff.hasRole(Role.CLERK)) {
            throw PetitionException.forbidden("access-denied");
        }
    }
}
