package org.xinfang.petition.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How rectification plans are followed up.
 *
 * @param planFollowUpEnabled whether this node looks for plans whose day has passed (every node may; each plan is
 *     followed up once)
 * @param planPollInterval the pause between looks
 */
@ConfigurationProperties("petition.supervision")
record SupervisionProperties(
        @DefaultValue("true") boolean planFollowUpEnabled,
        @DefaultValue("15m") Duration planPollInterval) {}
