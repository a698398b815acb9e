package org.xinfang.petition.abuse;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a filing's request key is kept. The settings keep the prefix {@code petition.intake} they had when the
 * keys were part of intake.
 *
 * @param idempotencyWindow how long a filing's {@code Idempotency-Key} is kept: a retry within it gets the first
 *     answer again; after it the key is forgotten and may file anew.
 * @param purgeInterval how often each node forgets the request keys, lookup failures and submission counts whose
 *     time is over (read by {@link Housekeeping}'s schedule)
 */
@ConfigurationProperties("petition.intake")
record IdempotencyProperties(
        @DefaultValue("24h") Duration idempotencyWindow,
        @DefaultValue("1h") Duration purgeInterval) {}
