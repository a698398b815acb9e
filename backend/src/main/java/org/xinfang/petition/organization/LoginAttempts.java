package org.xinfang.petition.organization;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per staff member and locks the account after too many in a row, for our API, browser
 * sessions and the engine webapps alike. Each failure and each lock-out is logged (never the password); failures
 * while the account is locked do not count, so they neither lengthen the lock nor start a new count behind it.
 * An outcome is recorded in the transaction the login happens in: the webapps' login command's, which commits as
 * it answers the refusal; the API's logins run in none and get one of their own. Never a transaction under
 * another, so a login holds at most one pooled connection.
 */
@Service
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final StaffUserRepository users;
    private final LoginProperties properties;
    private final Clock clock;

    LoginAttempts(StaffUserRepository users, LoginProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void failed(String username) {
        StaffUser user = users.findByUsername(username).orElse(null);
        if (user == null) {
            // What was typed as a username may be a password: it is not logged.
            log.info("Failed login for an unknown username");
            return;
        }
        Instant now = clock.instant();
        if (user.isLockedAt(now)) {
            log.info("Failed login for {}, whose account is locked", username);
            return;
        }
        user.failedLogin(now, properties.maxFailures(), properties.lockDuration());
        if (user.isLockedAt(now)) {
            log.warn(
                    "Account {} locked for {} after {} failed logins in a row",
                    username,
                    properties.lockDuration(),
                    properties.maxFailures());
        } else {
            log.info("Failed login for {} ({} in a row)", username, user.getFailedLogins());
        }
    }

    @Transactional
    public void succeeded(String username) {
        users.findByUsername(username).ifPresent(StaffUser::succeededLogin);
    }

    public boolean isLocked(StaffUser user) {
        return user.isLockedAt(clock.instant());
    }
}
