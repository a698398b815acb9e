package org.xinfang.petition.caseview;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * Which cases a staff member may see. The petition office, inspectors and administrators see all; a bureau sees
 * the cases dispatched to it; operators enter cases but do not browse them.
 */
@Component
public class CaseAccess {

  Specification<Complaint> visibleTo(StaffPrincipal staff) {
    Specification<Complaint> notAccused = (root, query, cb) -> cb.or(cb.isNull(root.get("accusedOfficer")),
        cb.notEqual(root.get("accusedOfficer"), staff.username()));
    if (seesAll(staff)) {
      return Specification.where(notAccused);
    }
    if (staff.hasAnyRole(Role.HANDLER, Role.BUREAU_LEADER)) {
      return notAccused.and((root, query, cb) -> cb.equal(root.get("currentBureau").get("id"), staff.unitId()));
    }
    throw PetitionException.forbidden("access-denied");
  }

  /**
   * An invisible case answers like an unknown one, so that its existence does not leak; the officer a complaint
   * is about never sees it.
   */
  public void checkCanView(StaffPrincipal staff, Complaint complaint) {
    boolean visible = !complaint.accuses(staff.username()) && (seesAll(staff)
        || staff.hasAnyRole(Role.HANDLER, Role.BUREAU_LEADER)
        && complaint.getCurrentBureau() != null && complaint.getCurrentBureau().getId().equals(staff.unitId()));
    if (!visible) {
      throw PetitionException.notFound("case.not-found", complaint.getTrackingNumber());
    }
  }

  private static boolean seesAll(StaffPrincipal staff) {
    return staff.hasAnyRole(Role.CLERK, Role.INSPECTOR, Role.ADMIN);
  }
}
