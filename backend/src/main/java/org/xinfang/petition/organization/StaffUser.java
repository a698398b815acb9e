package org.xinfang.petition.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.xinfang.petition.shared.EntityQuery;

/** A staff member: belongs to one unit and holds one or more roles. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    private boolean enabled = true;

    /** The password was chosen by someone else (the installer, an administrator's reset): its owner changes it first. */
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    /**
     * The account belongs to the staff directory (LDAP / Active Directory): the directory checks its password and its
     * groups decide its unit and roles at each login ({@link DirectoryAccounts}); our own password check refuses it.
     */
    @Column(name = "directory_account")
    private boolean directoryAccount;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected StaffUser() {}

    StaffUser(String username, String displayName, String passwordHash, OrgUnit unit, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.unit = unit;
        this.roles = EnumSet.copyOf(roles);
    }

    /** A failed login; the {@code maxFailures}-th in a row locks the account for {@code lock}. */
    void failedLogin(Instant at, int maxFailures, Duration lock) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = at.plus(lock);
            failedLogins = 0;
        }
    }

    void succeededLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    void moveTo(OrgUnit newUnit) {
        unit = newUnit;
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    /**
     * A password someone else set (an administrator, the installer): the account is unlocked, its failures
     * forgotten, and its owner must change the password before doing anything else.
     */
    void resetPassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        requirePasswordChange();
        succeededLogin();
    }

    void requirePasswordChange() {
        passwordChangeRequired = true;
    }

    /** A password its owner chose. */
    void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        passwordChangeRequired = false;
    }

    /**
     * From now on the directory keeps the password: ours is replaced by one nobody knows, so that the account cannot
     * log in with a password of ours even if it is handed back to local logins by mistake.
     */
    void joinDirectory(String unusablePasswordHash) {
        directoryAccount = true;
        passwordHash = unusablePasswordHash;
        passwordChangeRequired = false;
    }

    /** Back to local logins (the directory is switched off), with a password an administrator set. */
    void leaveDirectory() {
        directoryAccount = false;
    }

    void rename(String newDisplayName) {
        displayName = newDisplayName;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDirectoryAccount() {
        return directoryAccount;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The engine groups of this user: each role, and each role within the user's unit. */
    @EntityQuery
    public Set<String> engineGroupIds() {
        Set<String> groups = new LinkedHashSet<>();
        for (Role role : roles) {
            groups.add(role.groupId());
            groups.add(role.groupIdIn(unit.getCode()));
        }
        return groups;
    }
}
