package org.xinfang.petition.abuse;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limit on anonymous submissions (online complaints, consultations) per client address, against flooding the
 * intake. Staff filing for walk-ins and hotline calls are not limited.
 *
 * @param submissionsPerAddress anonymous submissions one client address may make within a window
 * @param window how long submissions are counted from the first one of a window
 * @param exemptAddresses client addresses that are not limited at all, exactly as the server sees them: a trusted
 *     internal gateway that submits for many people (a reception kiosk system, say). Empty by default; an address
 *     listed here can flood the intake, so list only what no outsider can pose as.
 */
@ConfigurationProperties("petition.rate-limit")
record SubmissionRateLimitProperties(
        @DefaultValue("10") int submissionsPerAddress,
        @DefaultValue("1h") Duration window,
        @DefaultValue Set<String> exemptAddresses) {}
