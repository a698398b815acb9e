package org.xinfang.petition.security;

import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.shared.PetitionException;

/** Who is signed in: for a browser after its form login (and the moment its CSRF cookie is set). */
@RestController
@RequestMapping(BrowserSessions.LOGIN)
class SessionController {

  private final CurrentStaff currentStaff;

  SessionController(CurrentStaff currentStaff) {
    this.currentStaff = currentStaff;
  }

  @GetMapping
  Me me() {
    // The login URL is open to everyone (it is where one logs in), so an anonymous GET reaches this method.
    StaffPrincipal staff = currentStaff.find()
        .orElseThrow(() -> PetitionException.unauthenticated("authentication-required"));
    return new Me(staff.username(), staff.displayName(), staff.unitCode(), staff.roles());
  }

  record Me(String username, String displayName, String unit, Set<Role> roles) {}
}
