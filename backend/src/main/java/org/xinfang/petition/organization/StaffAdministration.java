package org.xinfang.petition.organization;

import jakarta.persistence.criteria.Join;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * 用户管理: the administrator's commands on staff accounts, for the admin API and the workbench alike. A new or
 * changed account works at once everywhere (our API, the workbench, the engine's webapps, which read staff through
 * {@link StaffIdentityProvider} on every command, with no cache); a disabled one nowhere. Every change is announced
 * as {@link OrganisationChanged} and audited with who made it.
 */
@Service
public class StaffAdministration {

    /** Logins are lower-case letters, digits, dots, dashes and underscores, as the demo's {@code handler.xingqing}. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    static final int MIN_PASSWORD_LENGTH = 8;

    private static final String PASSWORD = "password";
    private static final String NEW_PASSWORD = "newPassword";

    /** BCrypt reads at most 72 bytes of a password; a longer one would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final StaffUserRepository staff;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final StaffLogins logins;

    StaffAdministration(
            StaffUserRepository staff,
            OrgUnitRepository units,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            @Lazy StaffLogins logins) {
        this.staff = staff;
        this.units = units;
        this.passwords = passwords;
        this.events = events;
        this.logins = logins;
    }

    /** The staff matching the filter, enabled or not, in the page's order. */
    @Transactional(readOnly = true)
    public Page<StaffUser> find(StaffFilter filter, Pageable page) {
        return staff.findAll(filter.toSpecification(), page);
    }

    @Transactional(readOnly = true)
    public StaffUser get(String username) {
        return member(username);
    }

    /**
     * Creates an enabled account. Two administrators creating the same login at once: the database's unique key lets
     * one in, and the other is told the login is taken (409), as if it had been checked first.
     */
    @Transactional
    public StaffUser create(NewStaff request) {
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw PetitionException.invalid("username", "organization.username-format");
        }
        String displayName = AdministeredNames.checked("displayName", request.displayName());
        OrgUnit unit = unitNamed("unit", request.unit());
        Set<Role> roles = checkedRoles(request.roles());
        String hash = passwords.encode(checkedPassword(PASSWORD, request.password(), username));
        if (staff.findByUsername(username).isPresent()) {
            throw PetitionException.conflict("organization.username-taken", username);
        }
        StaffUser created;
        try {
            created = staff.saveAndFlush(new StaffUser(username, displayName, hash, unit, roles));
        } catch (DataIntegrityViolationException lostRace) {
            throw PetitionException.conflict("organization.username-taken", username);
        }
        announce("STAFF_CREATED", username, "unit " + unit.getCode() + ", roles " + names(roles));
        return created;
    }

    /**
     * The first administrator of a new installation, whose password the installer chose: they must change it at
     * their first login. Refused once any administrator exists; from then on administrators create the accounts.
     */
    @Transactional
    public StaffUser createFirstAdministrator(NewStaff request) {
        List<String> administrators = staff.usernamesHolding(Role.ADMIN);
        if (!administrators.isEmpty()) {
            throw PetitionException.conflict("organization.administrator-exists", administrators.get(0));
        }
        StaffUser created = create(request);
        created.requirePasswordChange();
        return created;
    }

    /**
     * A staff member changes their own password: the current one proves it is them, the new one follows the rules
     * of any password and differs from the current one. Clears the demand to change it.
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        StaffUser member = member(username);
        if (member.isDirectoryAccount()) {
            throw PetitionException.conflictOn(NEW_PASSWORD, "organization.directory-password");
        }
        if (currentPassword == null || !passwords.matches(currentPassword, member.getPasswordHash())) {
            throw PetitionException.invalid("currentPassword", "organization.password-wrong");
        }
        String checked = checkedPassword(NEW_PASSWORD, newPassword, username);
        if (checked.equals(currentPassword)) {
            throw PetitionException.invalid(NEW_PASSWORD, "organization.password-unchanged");
        }
        member.changePassword(passwords.encode(checked));
        announce("STAFF_PASSWORD_CHANGED", username, "password changed by its owner");
    }

    /** The account can no longer log in anywhere, and its bearer tokens and webapp sessions stop working. */
    @Transactional
    public StaffUser disable(String username) {
        StaffUser member = member(username);
        member.disable();
        announce("STAFF_DISABLED", username, "disabled");
        return member;
    }

    @Transactional
    public StaffUser enable(String username) {
        StaffUser member = member(username);
        member.enable();
        announce("STAFF_ENABLED", username, "enabled");
        return member;
    }

    /** Moves the member to another unit: from now on they see that unit's cases and tasks. */
    @Transactional
    public StaffUser moveTo(String username, String unitCode) {
        StaffUser member = keptByUs(username, "unit");
        String from = member.getUnit().getCode();
        member.moveTo(unitNamed("unit", unitCode));
        announce(
                "STAFF_MOVED",
                username,
                "from " + from + " to " + member.getUnit().getCode());
        return member;
    }

    @Transactional
    public StaffUser changeRoles(String username, Set<Role> roles) {
        StaffUser member = keptByUs(username, "roles");
        String before = names(member.getRoles());
        member.changeRoles(checkedRoles(roles));
        announce("STAFF_ROLES_CHANGED", username, "from " + before + " to " + names(member.getRoles()));
        return member;
    }

    /**
     * Sets a new password and unlocks the account; bearer tokens issued under the old password stop working (they
     * carry a stamp of the password hash), and the owner must change the password before anything else. Refused for
     * an account of the staff directory while directory logins are on; once they are off, the reset hands the
     * account back to local logins.
     */
    @Transactional
    public StaffUser resetPassword(String username, String password) {
        StaffUser member = member(username);
        boolean fromDirectory = member.isDirectoryAccount();
        if (fromDirectory && logins.directoryEnabled()) {
            throw PetitionException.conflictOn(PASSWORD, "organization.directory-password");
        }
        member.resetPassword(passwords.encode(checkedPassword(PASSWORD, password, username)));
        if (fromDirectory) {
            member.leaveDirectory();
        }
        announce(
                "STAFF_PASSWORD_RESET",
                username,
                fromDirectory
                        ? "password reset, account unlocked and handed back from the directory to local logins"
                        : "password reset, account unlocked");
        return member;
    }

    private StaffUser member(String username) {
        return staff.findByUsername(username)
                .orElseThrow(() -> PetitionException.notFound("organization.unknown-staff", username));
    }

    /** The member, unless the directory's groups decide the field at each login (409, naming the field). */
    private StaffUser keptByUs(String username, String field) {
        StaffUser member = member(username);
        if (member.isDirectoryAccount() && logins.directoryEnabled()) {
            throw PetitionException.conflictOn(field, "organization.directory-groups");
        }
        return member;
    }

    private OrgUnit unitNamed(String field, String code) {
        if (code == null || code.isBlank()) {
            throw PetitionException.invalid(field, "constraint.NotBlank");
        }
        return units.findByCode(code.strip())
                .orElseThrow(() -> PetitionException.invalid(field, "constraint.unknown-unit"));
    }

    private static Set<Role> checkedRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw PetitionException.invalid("roles", "constraint.NotEmpty");
        }
        return roles;
    }

    private static String checkedPassword(String field, String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw PetitionException.invalid(field, "organization.password-too-short", MIN_PASSWORD_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw PetitionException.invalid(field, "organization.password-too-long", MAX_PASSWORD_BYTES);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw PetitionException.invalid(field, "organization.password-contains-username");
        }
        return password;
    }

    private void announce(String action, String username, String detail) {
        events.publishEvent(new OrganisationChanged(action, username, "staff " + username + ": " + detail));
    }

    static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** A new account: its login, name, unit code, roles and initial password. */
    public record NewStaff(
            @PlainText String username,
            @PlainText String displayName,
            @PlainText String unit,
            Set<Role> roles,
            @PlainText String password) {}

    /** What a staff list is narrowed to; each part optional. {@code name} matches the login or the display name. */
    public record StaffFilter(String unit, Role role, String name) {

        Specification<StaffUser> toSpecification() {
            Specification<StaffUser> spec = Specification.unrestricted();
            if (unit != null && !unit.isBlank()) {
                spec = spec.and((root, query, cb) -> cb.equal(root.get("unit").get("code"), unit.strip()));
            }
            if (role != null) {
                spec = spec.and((root, query, cb) -> {
                    Join<StaffUser, Role> roles = root.join("roles");
                    return cb.equal(roles, role);
                });
            }
            if (name != null && !name.isBlank()) {
                String like = "%"
                        + name.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
                spec = spec.and((root, query, cb) -> cb.or(
                        cb.like(cb.lower(root.get("username")), like, '\\'),
                        cb.like(cb.lower(root.get("displayName")), like, '\\')));
            }
            return spec;
        }
    }
}
