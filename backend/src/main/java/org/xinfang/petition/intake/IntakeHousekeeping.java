package org.xinfang.petition.intake;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.xinfang.petition.abuse.LookupThrottle;
import org.xinfang.petition.abuse.SubmissionRateLimit;

/**
 * Forgets, now and then, the request keys whose time is over, the lookup failures that no longer count and the
 * submission counts whose window is over, so that no such table grows without end. Every node does it; deleting
 * what is already gone does no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IntakeHousekeeping {

  private final SubmissionKeys submissionKeys;
  private final LookupThrottle throttle;
  private final SubmissionRateLimit rateLimit;

  IntakeHousekeeping(SubmissionKeys submissionKeys, LookupThrottle throttle, SubmissionRateLimit rateLimit) {
    this.submissionKeys = submissionKeys;
    this.throttle = throttle;
    this.rateLimit = rateLimit;
  }

  @Scheduled(initialDelayString = "${petition.intake.purge-interval:PT1H}",
      fixedDelayString = "${petition.intake.purge-interval:PT1H}")
  public void purge() {
    submissionKeys.purgeExpired();
    throttle.purgeStale();
    rateLimit.purgeStale();
  }
}
