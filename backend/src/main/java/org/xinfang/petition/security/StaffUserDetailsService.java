package org.xinfang.petition.security;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.LoginAttempts;
import org.xinfang.petition.organization.Organisation;

/**
 * Loads the staff member a login names, with the lock-out state of the moment; the login itself
 * ({@link SecurityConfig#staffLogin}) checks the password first and the account's state after.
 */
@Service
class StaffUserDetailsService {

    private final Organisation organisation;
    private final LoginAttempts attempts;

    StaffUserDetailsService(Organisation organisation, LoginAttempts attempts) {
        this.organisation = organisation;
        this.attempts = attempts;
    }

    /**
     * Joins the caller's transaction, the engine's for a webapp login: an unknown user must not mark it for
     * rollback, since the login answers the refusal and the engine's command goes on to commit.
     */
    @Transactional(readOnly = true, noRollbackFor = UsernameNotFoundException.class)
    public StaffPrincipal loadUserByUsername(String username) {
        return organisation
                .staffMember(username)
                .map(user -> StaffPrincipal.of(user, attempts.isLocked(user)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
