package org.xinfang.petition.abuse;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Throttling of the citizen's lookups by tracking number and query code (status, material, withdrawal) against
 * guessing the code. Failed attempts are counted per tracking number and per client address within a window;
 * reaching the limit locks that number or address out for a while (429 with Retry-After). Successful lookups do
 * not count.
 *
 * @param failuresPerNumber failed attempts on one tracking number that lock it out
 * @param failuresPerAddress failed attempts from one client address that lock it out (higher: many people may
 *     share an address behind a gateway)
 * @param window how long failures are counted from the first one
 * @param lockout how long a locked-out number or address is refused
 */
@ConfigurationProperties("petition.lookup-throttle")
record LookupThrottleProperties(
        @DefaultValue("5") int failuresPerNumber,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockout) {}
