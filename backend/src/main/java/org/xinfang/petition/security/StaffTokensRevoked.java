package org.xinfang.petition.security;

/** A staff member's bearer tokens were revoked: the one in use ({@code all} false) or every one (audited). */
public record StaffTokensRevoked(String username, boolean all, int revoked) {}
