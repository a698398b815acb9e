package org.xinfang.petition.caseview;

import org.springframework.stereotype.Component;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * Who may know the complainant (信访人信息保密). Everyone who may see a case sees the complainant masked; the full
 * identity is an explicit request, audited, for those who must contact the complainant: the petition office's
 * clerks, and the handler and leader of the bureau handling the case. The identity is withheld altogether (even
 * masked) from the staff of the unit complained about, and, when the complainant asked for confidentiality, from
 * everyone outside the petition office. Inspectors, administrators and operators see it masked only.
 *
 * <p>The one rule for everything that carries the identity: the attachment module asks it before it hands out a
 * file the complainant gave (docs/attachments.md).
 */
@Component
public class ComplainantIdentity {

    static final String VIEWED = AuditTrail.COMPLAINANT_VIEWED;

    private final AuditTrail audit;

    ComplainantIdentity(AuditTrail audit) {
        this.audit = audit;
    }

    /** The complainant as the case detail shows them to this viewer. */
    CaseDetail.Person shownTo(StaffPrincipal staff, Complaint complaint) {
        return withheldFrom(staff, complaint)
                ? CaseDetail.Person.withheldIdentity()
                : CaseDetail.Person.masked(complaint.getComplainant());
    }

    /** The full identity, for a viewer entitled to it (who may already see the case); the view is audited. */
    CaseDetail.Person disclose(StaffPrincipal staff, Complaint complaint) {
        checkMayDisclose(staff, complaint);
        audit.recordView(VIEWED, complaint.getTrackingNumber(), "full identity of the complainant");
        return CaseDetail.Person.full(complaint.getComplainant());
    }

    /** Whether the viewer, who may see the case, may know the complainant in full. */
    public boolean mayDisclose(StaffPrincipal staff, Complaint complaint) {
        return !withheldFrom(staff, complaint) && mayContact(staff, complaint);
    }

    /**
     * Refuses (403) a viewer who may see the case but not know the complainant in full: {@code
     * complainant.identity-withheld} where confidentiality applies, {@code complainant.full-view-denied} otherwise.
     */
    public void checkMayDisclose(StaffPrincipal staff, Complaint complaint) {
        if (withheldFrom(staff, complaint)) {
            throw PetitionException.forbidden("complainant.identity-withheld", complaint.getTrackingNumber());
        }
        if (!mayContact(staff, complaint)) {
            throw PetitionException.forbidden("complainant.full-view-denied", complaint.getTrackingNumber());
        }
    }

    private static boolean withheldFrom(StaffPrincipal staff, Complaint complaint) {
        boolean ofAccusedUnit = complaint.getAccusedUnit() != null
                && complaint.getAccusedUnit().getId().equals(staff.unitId());
        return ofAccusedUnit || (complaint.isConfidential() && !staff.hasRole(Role.CLERK));
    }

    private static boolean mayContact(StaffPrincipal staff, Complaint complaint) {
        return staff.hasRole(Role.CLERK)
                || (staff.hasAnyRole(Role.HANDLER, Role.BUREAU_LEADER)
                        && complaint.getCurrentBureau() != null
                        && complaint.getCurrentBureau().getId().equals(staff.unitId()));
    }
}
