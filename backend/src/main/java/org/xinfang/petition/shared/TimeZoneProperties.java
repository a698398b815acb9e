package org.xinfang.petition.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeZone the zone of every deadline and timestamp; the JVM's default is pinned to it at start
 *     ({@link TimeZoneSetup}), and every node of a cluster must have the same
 */
@ConfigurationProperties("petition")
record TimeZoneProperties(
        @DefaultValue(TimeZoneSetup.DEFAULT_ZONE) ZoneId timeZone) {}
