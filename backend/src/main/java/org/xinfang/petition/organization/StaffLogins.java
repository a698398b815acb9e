package org.xinfang.petition.organization;

/**
 * The one check of a staff member's username and password, for every door: our API's HTTP Basic and form login
 * and the engine webapps' login. The security module provides it, so that all doors answer alike, count failures
 * towards the same lock-out and take the same time for an unknown user, a wrong password and a locked account.
 */
public interface StaffLogins {

    /** Whether the password is the user's and the account may log in now. */
    boolean accepts(String username, String password);

    /**
     * Whether staff log in against the staff directory (LDAP / Active Directory) besides our own table: the
     * directory then keeps its accounts' passwords, units and roles ({@link DirectoryAccounts}).
     */
    boolean directoryEnabled();
}
