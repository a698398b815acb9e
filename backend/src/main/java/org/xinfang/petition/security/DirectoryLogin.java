package org.xinfang.petition.security;

import java.util.Collection;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xinfang.petition.organization.DirectoryAccounts;
import org.xinfang.petition.organization.DirectoryAccounts.DirectoryEntry;
import org.xinfang.petition.organization.LoginAttempts;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.StaffUser;

/**
 * A login against the staff directory ({@link DirectoryProperties}): the directory checks the password (a bind as
 * the user), its groups give the roles and the one unit, and the staff account is created or brought up to date
 * ({@link DirectoryAccounts}) before the same {@link StaffPrincipal} as a local login's is answered, so that every
 * door sees the same roles and unit. A user whose groups give no role or not exactly one unit is refused as a wrong
 * password is, as is one our administrators disabled or the lock-out holds (after the password, as for a local
 * login). A directory that cannot be reached refuses its own users, and leaves the local accounts' refusal to the
 * local check, so that their failures still count towards the lock-out.
 *
 * <p>Not itself an {@link AuthenticationProvider} bean: Spring Security would build its own authentication manager
 * around a lone provider bean instead of {@link SecurityConfig#authenticationManager}'s ({@link #provider()}).
 */
final class DirectoryLogin {

    private static final Logger log = LoggerFactory.getLogger(DirectoryLogin.class);

    private final LdapAuthenticationProvider directory;
    private final Organisation organisation;

    DirectoryLogin(
            LdapAuthenticationProvider directory,
            Organisation organisation,
            DirectoryAccounts accounts,
            LoginAttempts attempts,
            DirectoryProperties settings) {
        this.directory = directory;
        this.organisation = organisation;
        directory.setUserDetailsContextMapper(new StaffFromDirectory(accounts, attempts, settings));
    }

    /** The provider {@link SecurityConfig#authenticationManager} asks after our own table's. */
    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return DirectoryLogin.this.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    private Authentication authenticate(Authentication authentication) {
        String username = authentication.getName().strip().toLowerCase(Locale.ROOT);
        try {
            return directory.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials()));
        } catch (InternalAuthenticationServiceException unreachable) {
            log.error("A login could not be checked against the staff directory: {}", unreachable.getMessage());
            if (organisation
                    .staffMember(username)
                    .filter(staff -> !staff.isDirectoryAccount())
                    .isPresent()) {
                return null;
            }
            throw unreachable;
        }
    }

    /** The directory's word on a user whose password it accepted, turned into our staff member. */
    private static final class StaffFromDirectory implements UserDetailsContextMapper {

        private final DirectoryAccounts accounts;
        private final LoginAttempts attempts;
        private final DirectoryGroups groups;

        StaffFromDirectory(DirectoryAccounts accounts, LoginAttempts attempts, DirectoryProperties settings) {
            this.accounts = accounts;
            this.attempts = attempts;
            this.groups = new DirectoryGroups(settings);
        }

        @Override
        public UserDetails mapUserFromContext(
                DirContextOperations user, String username, Collection<? extends GrantedAuthority> memberOf) {
            DirectoryEntry entry = groups.entryOf(username, user, memberOf)
                    .orElseThrow(() -> new BadCredentialsException("no roles or unit in the directory"));
            StaffUser member = account(entry);
            StaffPrincipal staff = StaffPrincipal.of(member, attempts.isLocked(member));
            new AccountStatusUserDetailsChecker().check(staff);
            return staff;
        }

        /**
         * The account as the directory describes it. A simultaneous first login (here or on another node) may have
         * created it in the same instant: our API's login, in no transaction, then finds it and brings it up to date;
         * a webapp login, inside the engine's transaction that the refused insert has spoiled, fails and the next
         * one finds it.
         */
        private StaffUser account(DirectoryEntry entry) {
            try {
                return signedIn(entry);
            } catch (DataIntegrityViolationException simultaneousFirstLogin) {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return signedIn(entry);
                }
                throw new InternalAuthenticationServiceException(
                        "The account of " + entry.username() + " was being created by a simultaneous login",
                        simultaneousFirstLogin);
            }
        }

        private StaffUser signedIn(DirectoryEntry entry) {
            return accounts.signedIn(entry)
                    .orElseThrow(() -> new BadCredentialsException("not a staff member of ours"));
        }

        /** The interface's write side, which only a directory manager calls; a login never does. */
        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter context) {
            throw new UnsupportedOperationException("The directory is read, never written");
        }
    }
}
