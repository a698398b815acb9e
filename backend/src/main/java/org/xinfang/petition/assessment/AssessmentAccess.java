package org.xinfang.petition.assessment;

import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * Who may do what in the assessment, in one place for the API and the pages: the staff whose work it measures and
 * who run it read it (operators, who see no cases, not); inspectors close months and decide exclusions; the petition
 * office enters opinion scores; the office or a bureau leader proposes an exclusion.
 */
final class AssessmentAccess {

    private AssessmentAccess() {}

    static void requireViewer(StaffPrincipal staff) {
        if (!staff.hasAnyRole(Role.CLERK, Role.INSPECTOR, Role.ADMIN, Role.BUREAU_LEADER, Role.HANDLER)) {
            throw PetitionException.forbidden("access-denied");
        }
    }

    static boolean mayCloseMonths(StaffPrincipal staff) {
        return staff.hasRole(Role.INSPECTOR);
    }

    static boolean mayEnterOpinionScores(StaffPrincipal staff) {
        return staff.hasRole(Role.CLERK);
    }

    static boolean mayProposeExclusions(StaffPrincipal staff) {
        return staff.hasAnyRole(Role.CLERK, Role.BUREAU_LEADER);
    }

    static boolean mayDecideExclusions(StaffPrincipal staff) {
        return staff.hasRole(Role.INSPECTOR);
    }

    static boolean mayListExclusions(StaffPrincipal staff) {
        return staff.hasAnyRole(Role.CLERK, Role.INSPECTOR, Role.ADMIN);
    }
}
