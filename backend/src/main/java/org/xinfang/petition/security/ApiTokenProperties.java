package org.xinfang.petition.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer tokens for staff API clients (docs/security.md).
 *
 * @param lifetime how long a token is valid after it was issued, however much it is used
 * @param idleTimeout how long a token stays valid unused (measured to the minute)
 */
@ConfigurationProperties("petition.api-tokens")
record ApiTokenProperties(
        @DefaultValue("PT8H") Duration lifetime,
        @DefaultValue("PT30M") Duration idleTimeout) {}
