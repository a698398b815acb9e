package org.xinfang.petition.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The staff the process engine sees. Only enabled staff are in it: a disabled member cannot log into the
 * webapps, is offered no task through their groups, and loses an open webapp session at its next request (the
 * webapps check their user at every request). So is a member who must change the password someone else set, until they have changed it
 * (the webapps have no page for it): an administrator's reset ends their webapp session too.
 */
@Component
class StaffDirectory {

    private final StaffUserRepository users;
    private final StaffLogins logins;

    StaffDirectory(StaffUserRepository users, @Lazy StaffLogins logins) {
        this.users = users;
        this.logins = logins;
    }

    Optional<StaffUser> find(String username) {
        return username == null
                ? Optional.empty()
                : users.findByUsernameAndEnabledTrue(username).filter(StaffDirectory::mayUseTheEngine);
    }

    List<StaffUser> all() {
        return users.findByEnabledTrue().stream()
                .filter(StaffDirectory::mayUseTheEngine)
                .toList();
    }

    private static boolean mayUseTheEngine(StaffUser member) {
        return !member.isPasswordChangeRequired();
    }

    /** The webapps' login is our API's login ({@link StaffLogins}): the same answer, lock-out and timing. */
    boolean checkPassword(String username, String password) {
        return logins.accepts(username, password);
    }
}
