package org.xinfang.petition.security;

import java.time.Instant;

/** A bearer token was issued to a staff member (audited); {@code tokenId} names it, never its value. */
public record StaffTokenIssued(String username, long tokenId, Instant expiresAt) {}
