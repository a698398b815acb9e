package org.xinfang.petition.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff passwords are hashed (the account lock of {@code petition.login} is the organisation's).
 *
 * @param bcryptStrength BCrypt cost of new password hashes (log2 rounds, 4 to 31); each hash keeps its own, so
 *     raising it applies to new passwords while old hashes still match
 */
@ConfigurationProperties("petition.login")
record PasswordProperties(@DefaultValue("10") int bcryptStrength) {}
