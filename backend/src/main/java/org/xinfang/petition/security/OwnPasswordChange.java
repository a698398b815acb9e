package org.xinfang.petition.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.StaffAdministration;

/**
 * The signed-in staff member changes their own password, on our API or the workbench's page. A browser session
 * goes on under the new password (it would otherwise end, as after any change of the password,
 * {@link SessionStaffRefresh}); bearer tokens issued under the old one stop working.
 */
@Component
public class OwnPasswordChange {

    private final CurrentStaff currentStaff;
    private final StaffAdministration administration;
    private final StaffUserDetailsService users;

    OwnPasswordChange(CurrentStaff currentStaff, StaffAdministration administration, StaffUserDetailsService users) {
        this.currentStaff = currentStaff;
        this.administration = administration;
        this.users = users;
    }

    public void change(
            String currentPassword, String newPassword, HttpServletRequest request, HttpServletResponse response) {
        String username = currentStaff.get().username();
        administration.changeOwnPassword(username, currentPassword, newPassword);
        if (request.getSession(false) != null) {
            SessionStaffRefresh.holdInSession(users.loadUserByUsername(username), request, response);
        }
    }
}
