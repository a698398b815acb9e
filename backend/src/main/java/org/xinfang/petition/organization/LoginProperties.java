package org.xinfang.petition.organization;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailures failed logins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("petition.login")
record LoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockDuration) {}
