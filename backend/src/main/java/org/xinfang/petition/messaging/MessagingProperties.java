package org.xinfang.petition.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered.
 *
 * @param dispatcherEnabled whether this node polls the outbox (every node may; they never deliver the same
 *     message at once)
 * @param pollInterval the pause between polls
 * @param batchSize how many due messages one poll takes at most
 * @param lease how long a claimed message is reserved for the node that claimed it; longer than any gateway's
 *     timeout, or a slow delivery may be repeated by another node
 * @param firstRetryAfter the wait after the first failed attempt; it doubles with each further failure
 * @param maxRetryAfter the longest wait between attempts
 * @param maxAttempts attempts before a message is given up (FAILED)
 * @param portalUrl where citizens reach the portal (scheme, host and any context path), for the links in messages:
 *     the reply's message links to the lookup, where the reply is read and rated
 */
@ConfigurationProperties("petition.messaging")
record MessagingProperties(
        @DefaultValue("true") boolean dispatcherEnabled,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("30s") Duration firstRetryAfter,
        @DefaultValue("1h") Duration maxRetryAfter,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("http://localhost:8080") String portalUrl) {

    /** The portal's lookup page with the tracking number filled in (never the query code). */
    String lookupLink(String trackingNumber) {
        return portalUrl.replaceAll("/+$", "") + "/portal/lookup?trackingNumber=" + trackingNumber;
    }

    /** The wait after the given number of failed attempts: 30 s, 1 min, 2 min, … up to the maximum. */
    Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
