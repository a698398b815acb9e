package org.xinfang.petition.consultation;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * Which consultations a staff member may see: the petition office, inspectors and administrators all; a department
 * (its handlers and leaders) those routed to it; operators none.
 */
@Component
class ConsultationAccess {

  Specification<Consultation> visibleTo(StaffPrincipal staff) {
    if (seesAll(staff)) {
      return Specification.where(null);
    }
    if (staff.hasAnyRole(Role.HANDLER, Role.BUREAU_LEADER)) {
      return (root, query, cb) -> cb.equal(root.get("department").get("id"), staff.unitId());
    }
    throw PetitionException.forbidden("access-denied");
  }

  /** An invisible consultation answers like an unknown one, so that its existence does not leak. */
  void checkCanView(StaffPrincipal staff, Consultation consultation) {
    boolean visible = seesAll(staff)
        || staff.hasAnyRole(Role.HANDLER, Role.BUREAU_LEADER) && consultation.getDepartment() != null
        && consultation.getDepartment().getId().equals(staff.unitId());
    if (!visible) {
      throw PetitionException.notFound("consultation.not-found", consultation.getTrackingNumber());
    }
  }

  void checkIsPetitionOffice(StaffPrincipal staff) {
    if (!staff.hasRole(Role.CLERK)) {
      throw PetitionException.forbidden("access-denied");
    }
  }

  private static boolean seesAll(StaffPrincipal staff) {
    return staff.hasAnyRole(Role.CLERK, Role.INSPECTOR, Role.ADMIN);
  }
}
