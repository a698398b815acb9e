package org.xinfang.petition.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.core.GrantedAuthority;
import org.xinfang.petition.organization.DirectoryAccounts.DirectoryEntry;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.DirectoryProperties.GroupMapping;

/**
 * What a directory user's groups make of them here ({@code petition.directory.ldap.groups}): the roles of every
 * mapped group and the one unit, or nothing (logged) when they give no role or not exactly one unit. The login and
 * the sync between logins read the groups alike.
 */
final class DirectoryGroups {

    private static final Logger log = LoggerFactory.getLogger(DirectoryGroups.class);

    private final String displayNameAttribute;
    private final List<GroupMapping> mappings;

    DirectoryGroups(DirectoryProperties settings) {
        this.displayNameAttribute = settings.displayNameAttribute();
        this.mappings = settings.groups();
    }

    Optional<DirectoryEntry> entryOf(
            String username, DirContextOperations user, Collection<? extends GrantedAuthority> memberOf) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> units = new TreeSet<>();
        for (GrantedAuthority group : memberOf) {
            for (GroupMapping mapping : mappings) {
                if (names(mapping.group(), group.getAuthority())) {
                    roles.addAll(mapping.roles());
                    if (!mapping.unit().isBlank()) {
                        units.add(mapping.unit().strip());
                    }
                }
            }
        }
        if (roles.isEmpty() || units.size() != 1) {
            log.warn(
                    "Directory user {} refused: their groups give roles {} and units {}; one unit and a role are needed"
                            + " (petition.directory.ldap.groups)",
                    username,
                    roles,
                    units);
            return Optional.empty();
        }
        return Optional.of(new DirectoryEntry(
                username,
                user.getStringAttribute(displayNameAttribute),
                units.iterator().next(),
                roles));
    }

    /**
     * Whether the mapping's group is this group: by DN when the mapping gives one, by common name (the first part of
     * the DN) otherwise; neither by case.
     */
    private static boolean names(String mapped, String groupDn) {
        Optional<LdapName> group = dn(groupDn);
        if (group.isEmpty()) {
            return mapped.strip().equalsIgnoreCase(groupDn);
        }
        if (mapped.contains("=")) {
            return dn(mapped.strip()).map(group.get()::equals).orElse(false);
        }
        LdapName name = group.get();
        return !name.isEmpty()
                && mapped.strip()
                        .equalsIgnoreCase(
                                String.valueOf(name.getRdn(name.size() - 1).getValue()));
    }

    private static Optional<LdapName> dn(String name) {
        try {
            return Optional.of(new LdapName(name));
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
