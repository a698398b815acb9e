package org.xinfang.petition.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.search.LdapUserSearch;
import org.springframework.security.ldap.userdetails.LdapAuthoritiesPopulator;
import org.xinfang.petition.organization.DirectoryAccounts;
import org.xinfang.petition.organization.DirectoryAccounts.DirectoryEntry;

/**
 * The directory's word between logins, so that a leaver does not keep a session or a bearer token until it ends:
 * every {@code petition.directory.ldap.sync-schedule} each node looks up every enabled directory account. One the
 * directory no longer has, or whose groups give no role or not one unit of ours any more, is disabled here (audited;
 * its sessions and tokens end at their next request, a webapp session too); the others take the directory's unit,
 * roles and name now, as at a login. A directory that cannot be reached changes nothing: the run stops there and
 * the next one starts again. Nodes running at once disable an account once.
 */
class DirectorySync {

    private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

    private final LdapUserSearch users;
    private final LdapAuthoritiesPopulator groupsOf;
    private final DirectoryGroups groups;
    private final DirectoryAccounts accounts;

    DirectorySync(
            LdapUserSearch users,
            LdapAuthoritiesPopulator groupsOf,
            DirectoryGroups groups,
            DirectoryAccounts accounts) {
        this.users = users;
        this.groupsOf = groupsOf;
        this.groups = groups;
        this.accounts = accounts;
    }

    /** What one run did: accounts looked up, disabled, and whether it went through them all. */
    record Run(int lookedUp, int disabled, boolean complete) {}

    @Scheduled(cron = "${petition.directory.ldap.sync-schedule:0 */15 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        Run run = run();
        log.info(
                "Directory sync: {} accounts looked up, {} disabled{}",
                run.lookedUp(),
                run.disabled(),
                run.complete() ? "" : "; stopped, the directory did not answer");
    }

    Run run() {
        int lookedUp = 0;
        int disabled = 0;
        for (String username : accounts.enabledAccounts()) {
            Optional<DirectoryEntry> entry;
            String reason;
            try {
                DirContextOperations user = users.searchForUser(username);
                entry = groups.entryOf(username, user, groupsOf.getGrantedAuthorities(user, username));
                reason = "its groups give no role or not one unit here";
            } catch (UsernameNotFoundException gone) {
                entry = Optional.empty();
                reason = "no longer in the directory";
            } catch (NamingException unreachable) {
                log.warn("Directory sync stopped at {}: {}", username, unreachable.getMessage());
                return new Run(lookedUp, disabled, false);
            }
            lookedUp++;
            if (!keep(username, entry, reason)) {
                disabled++;
            }
        }
        return new Run(lookedUp, disabled, true);
    }

    /** Brings the account up to date, or disables it; true while it stays enabled. */
    private boolean keep(String username, Optional<DirectoryEntry> entry, String reason) {
        try {
            if (entry.isPresent() && accounts.signedIn(entry.get()).isPresent()) {
                return true;
            }
            return !accounts.leftDirectory(username, entry.isPresent() ? "its groups name a unit not ours" : reason);
        } catch (RuntimeException e) {
            log.warn("Directory sync: the account {} is left for the next run", username, e);
            return true;
        }
    }
}
