package org.xinfang.petition.abuse;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets, now and then, the request keys whose time is over, the lookup failures that no longer count and the
 * submission counts whose window is over, so that no such table grows without end. Every node does it; deleting
 * what is already gone does no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Housekeeping {

    private final SubmissionKeys submissionKeys;
    private final LookupThrottle throttle;
    private final SubmissionRateLimit rateLimit;

    Housekeeping(SubmissionKeys submissionKeys, LookupThrottle throttle, SubmissionRateLimit rateLimit) {
        this.submissionKeys = submissionKeys;
        this.throttle = throttle;
        this.rateLimit = rateLimit;
    }

    @Scheduled(
            initialDelayString = "${petition.intake.purge-interval:PT1H}",
            fixedDelayString = "${petition.intake.purge-interval:PT1H}")
    void purge() {
        submissionKeys.purgeExpired();
        throttle.purgeStale();
        rateLimit.purgeStale();
    }
}
