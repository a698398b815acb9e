package org.xinfang.petition.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open311 GeoReport v2.
 *
 * @param submissionsPerClient complaints one client application (one api_key) may file within the window of
 *     {@code petition.rate-limit.window}; an application files for many people, so its limit is its own, not a
 *     client address's
 */
@ConfigurationProperties("petition.open311")
record Open311Properties(@DefaultValue("100") int submissionsPerClient) {}
