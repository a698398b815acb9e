package org.xinfang.petition.security;

import java.util.Optional;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.LoginAttempts;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.StaffUser;

/**
 * Loads the staff member a login names, with the lock-out state of the moment; the login itself
 * ({@link SecurityConfig#authenticationManager}) checks the password first and the account's state after.
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
        return principal(organisation.staffMember(username));
    }

    /** The same for a login with a password of ours: an account of the staff directory is not one. */
    @Transactional(readOnly = true, noRollbackFor = UsernameNotFoundException.class)
    public StaffPrincipal loadLocalAccount(String username) {
        return principal(organisation.staffMember(username).filter(user -> !user.isDirectoryAccount()));
    }

    private StaffPrincipal principal(Optional<StaffUser> user) {
        return user.map(found -> StaffPrincipal.of(found, attempts.isLocked(found)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
