package org.xinfang.petition.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xinfang.petition.organization.Role;

/**
 * The staff directory (统一身份目录): staff log in with the password of the bureau's LDAP or Active Directory, whose
 * groups give them their unit and roles (docs/directory.md). Off by default: staff then log in against our own table
 * only.
 *
 * @param enabled whether staff log in against the directory
 * @param urls the directory servers, tried in turn, e.g. {@code ldaps://dc1.gat.nx.gov.cn:636}
 * @param baseDn the entry every other name here is relative to, e.g. {@code dc=gat,dc=nx,dc=gov,dc=cn}
 * @param managerDn the account that searches the directory for the user and their groups (Active Directory needs
 *     one); empty to search anonymously
 * @param managerPassword that account's password
 * @param userSearchBase where the users are, relative to the base DN, e.g. {@code ou=people}; empty for the whole
 *     base
 * @param userSearchFilter the filter that finds a user by the login name ({0}), e.g. {@code (uid={0})}, or
 *     {@code (sAMAccountName={0})} on Active Directory
 * @param groupSearchBase where the groups are, relative to the base DN, e.g. {@code ou=groups}; empty for the whole
 *     base
 * @param groupSearchFilter the filter that finds a user's groups: {0} is the user's DN, {1} the login name, e.g.
 *     {@code (member={0})}, or {@code (member:1.2.840.113556.1.4.1941:={0})} for Active Directory's nested groups
 * @param displayNameAttribute the user's attribute shown as their name, e.g. {@code cn} or {@code displayName}
 * @param referral what to do with a referral to another server: {@code follow}, {@code ignore} or {@code throw};
 *     empty for the JNDI default (ignore)
 * @param timeout how long to wait for the directory to connect and to answer, so that a directory that hangs fails
 *     the login rather than holding it
 * @param localAccounts whether the accounts of our own table that the directory does not keep (a break-glass
 *     administrator) still log in with their own password
 * @param groups which directory group gives which roles and which unit: a user needs at least one role and exactly
 *     one unit from their groups, or the login is refused
 * @param syncSchedule when each node looks up every enabled directory account between logins (a cron expression in
 *     Beijing time, {@code -} for never): one the directory no longer has, or whose groups no longer give a role and
 *     a unit, is disabled; the others take the directory's unit, roles and name as at a login
 */
@ConfigurationProperties("petition.directory.ldap")
record DirectoryProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue List<String> urls,
        @DefaultValue("") String baseDn,
        @DefaultValue("") String managerDn,
        @DefaultValue("") String managerPassword,
        @DefaultValue("") String userSearchBase,
        @DefaultValue("(uid={0})") String userSearchFilter,
        @DefaultValue("") String groupSearchBase,
        @DefaultValue("(member={0})") String groupSearchFilter,
        @DefaultValue("cn") String displayNameAttribute,
        @DefaultValue("") String referral,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("true") boolean localAccounts,
        @DefaultValue List<GroupMapping> groups,
        @DefaultValue("0 */15 * * * *") String syncSchedule) {

    DirectoryProperties {
        if (enabled) {
            require(!urls.isEmpty(), "urls: at least one directory server");
            require(!userSearchFilter.isBlank(), "user-search-filter");
            require(!groupSearchFilter.isBlank(), "group-search-filter");
            require(!groups.isEmpty(), "groups: at least one group mapped to roles or a unit");
            require(managerDn.isBlank() || !managerPassword.isBlank(), "manager-password for the manager-dn");
            for (GroupMapping mapping : groups) {
                require(mapping.group() != null && !mapping.group().isBlank(), "groups[].group");
                require(
                        !mapping.roles().isEmpty() || !mapping.unit().isBlank(),
                        "groups[].roles or groups[].unit of " + mapping.group());
            }
        }
    }

    private static void require(boolean given, String setting) {
        if (!given) {
            throw new IllegalArgumentException("petition.directory.ldap is enabled but lacks " + setting);
        }
    }

    /**
     * One directory group and what its members get.
     *
     * @param group the group's DN ({@code cn=xinfang-handlers,ou=groups,dc=gat,dc=nx,dc=gov,dc=cn}) or its common
     *     name alone ({@code xinfang-handlers}), compared without regard to case
     * @param roles the roles its members hold (names of {@code Role}: CLERK, HANDLER, BUREAU_LEADER, INSPECTOR,
     *     DISCIPLINE_INSPECTOR, OFFICE_LEADER, OPERATOR, ADMIN)
     * @param unit the code of the unit its members belong to, e.g. {@code psb-640104}; empty when the group gives
     *     roles only
     */
    record GroupMapping(
            String group,
            @DefaultValue Set<Role> roles,
            @DefaultValue("") String unit) {}
}
