package org.xinfang.petition.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffUser;

/**
 * The authenticated staff member: username, unit (and the region code prefix it covers), roles, and the engine
 * groups they imply; and whether they must change their password before anything else ({@link PasswordChangeGate}).
 */
public record StaffPrincipal(
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        boolean locked,
        boolean passwordChangeRequired,
        int failedLogins,
        Long unitId,
        String unitCode,
        String unitRegionPrefix,
        Set<Role> roles,
        Set<String> engineGroups)
        implements UserDetails {

    static StaffPrincipal of(StaffUser user, boolean locked) {
        return new StaffPrincipal(
                user.getUsername(),
                user.getDisplayName(),
                user.getPasswordHash(),
                user.isEnabled(),
                locked,
                user.isPasswordChangeRequired(),
                user.getFailedLogins(),
                user.getUnit().getId(),
                user.getUnit().getCode(),
                user.getUnit().getRegion().codePrefix(),
                user.getRoles(),
                user.engineGroupIds());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "@" + unitCode + " " + List.copyOf(roles) + "]";
    }
}
