package org.xinfang.petition.organization;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统一身份目录: the staff accounts of the directory (LDAP / Active Directory). At each login the directory has
 * confirmed, the account is created or brought up to date from what the directory says (name, unit, roles from its
 * groups) in one transaction, so that every door (our API, the workbench, the engine's webapps and REST API) sees
 * the directory's word of that login. Every change is announced as {@link OrganisationChanged}, as an
 * administrator's would be. Whether the account may log in (disabled by our administrators, locked after failed
 * logins) is the caller's check, after this.
 */
@Service
public class DirectoryAccounts {

    private static final Logger log = LoggerFactory.getLogger(DirectoryAccounts.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffUserRepository staff;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    DirectoryAccounts(
            StaffUserRepository staff,
            OrgUnitRepository units,
            PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.staff = staff;
        this.units = units;
        this.passwords = passwords;
        this.events = events;
    }

    /**
     * The account of a login the directory confirmed, as the directory describes it now; empty (and logged) when
     * the unit its groups name is not one of ours, so that the login is refused rather than placed anywhere.
     * Joins the caller's transaction, the engine's for a webapp login: nothing here refuses by throwing, which would
     * mark it for rollback.
     */
    @Transactional
    public Optional<StaffUser> signedIn(DirectoryEntry entry) {
        if (!StaffAdministration.USERNAME.matcher(entry.username()).matches()) {
            log.error(
                    "Directory login refused: its login name is not one of ours (lower-case letters, digits, '.', '-', '_')");
            return Optional.empty();
        }
        Optional<OrgUnit> unit = units.findByCode(entry.unitCode());
        if (unit.isEmpty()) {
            log.error(
                    "Directory login of {} refused: its groups name the unit {}, which does not exist",
                    entry.username(),
                    entry.unitCode());
            return Optional.empty();
        }
        Optional<StaffUser> existing = staff.findByUsername(entry.username());
        if (existing.isEmpty()) {
            String hash = unusable();
            StaffUser created = new StaffUser(entry.username(), entry.displayName(), hash, unit.get(), entry.roles());
            created.joinDirectory(hash);
            staff.saveAndFlush(created);
            announce(
                    "STAFF_CREATED",
                    created,
                    "from the directory: unit " + entry.unitCode() + ", roles "
                            + StaffAdministration.names(entry.roles()));
            return Optional.of(created);
        }
        StaffUser member = existing.get();
        if (!member.isDirectoryAccount()) {
            member.joinDirectory(unusable());
            announce("STAFF_JOINED_DIRECTORY", member, "the directory keeps its password, unit and roles from now on");
        }
        if (!member.getUnit().getCode().equals(entry.unitCode())) {
            String from = member.getUnit().getCode();
            member.moveTo(unit.get());
            announce("STAFF_MOVED", member, "by the directory, from " + from + " to " + entry.unitCode());
        }
        if (!member.getRoles().equals(entry.roles())) {
            String before = StaffAdministration.names(member.getRoles());
            member.changeRoles(entry.roles());
            announce(
                    "STAFF_ROLES_CHANGED",
                    member,
                    "by the directory, from " + before + " to " + StaffAdministration.names(entry.roles()));
        }
        if (!member.getDisplayName().equals(entry.displayName())) {
            member.rename(entry.displayName());
        }
        return Optional.of(member);
    }

    /** The logins of the enabled accounts the directory keeps. */
    @Transactional(readOnly = true)
    public List<String> enabledAccounts() {
        return staff.enabledDirectoryAccounts();
    }

    /**
     * Disables a directory account the directory no longer lets in (gone from it, or its groups give no role or
     * unit here any more), announced with the reason; false when it was disabled already, here or by another node
     * in the same instant. Its sessions and bearer tokens end at their next request.
     */
    @Transactional
    public boolean leftDirectory(String username, String reason) {
        if (staff.disableDirectoryAccount(username) == 0) {
            return false;
        }
        announce("STAFF_DISABLED", username, "disabled by the directory, " + reason);
        return true;
    }

    /** A hash of a random secret nobody is told: no password of ours opens a directory account. */
    private String unusable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return passwords.encode(Base64.getEncoder().encodeToString(secret));
    }

    private void announce(String action, StaffUser member, String detail) {
        announce(action, member.getUsername(), detail);
    }

    private void announce(String action, String username, String detail) {
        events.publishEvent(new OrganisationChanged(action, username, "staff " + username + ": " + detail));
    }

    /**
     * What the directory says of a login it confirmed: the login name, the display name (stripped to what the staff
     * table holds), the one unit its groups map to and the roles they grant (at least one).
     */
    public record DirectoryEntry(String username, String displayName, String unitCode, Set<Role> roles) {

        public DirectoryEntry {
            String name = displayName == null ? "" : displayName.strip().replaceAll("\\p{Cntrl}", "");
            displayName = name.isEmpty()
                    ? username
                    : name.substring(0, Math.min(name.length(), AdministeredNames.MAX_LENGTH));
            roles = Set.copyOf(roles);
        }
    }
}
