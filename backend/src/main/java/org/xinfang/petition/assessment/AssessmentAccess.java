package org.xinfang.petition.assessment;

import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/** Who may read the assessment: the staff whose work it measures and who run it; operators, who see no cases, not. */
final class AssessmentAccess {

    private AssessmentAccess() {}

    static void requireViewer(StaffPrincipal staff) {
        if (!staff.hasAnyRole(Role.CLERK, Role.INSPECTOR, Role.ADMIN, Role.BUREAU_LEADER, Role.HANDLER)) {
            throw PetitionException.forbidden("access-denied");
        }
    }
}
