package org.xinfang.petition.organization;

/**
 * The one check of a staff member's username and password, for every door: our API's HTTP Basic and form login
 * and the engine webapps' login. The security module provides it, so that all doors answer alike, count failures
 * towards the same lock-out and take the same time for an unknown user, a wrong password and a locked account.
 */
public interface StaffLogins {

    /** Whether the password is the user's and the account may log in now. */
    boolean accepts(String username, String password);
}
