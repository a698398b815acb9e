package org.xinfang.petition.intake;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets, now and then, the request keys whose time is over and the lookup failures that no longer count, so
 * that neither table grows without end. Every node does it; deleting what is already gone does no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IntakeHousekeeping {

  private final SubmissionKeys submissionKeys;
  private final LookupThrottle throttle;

  IntakeHousekeeping(SubmissionKeys submissionKeys, LookupThrottle throttle) {
    this.submissionKeys = submissionKeys;
    this.throttle = throttle;
  }

  @Scheduled(initialDelayString = "${petition.intake.purge-interval:PT1H}",
      fixedDelayString = "${petition.intake.purge-interval:PT1H}")
  void purge() {
    submissionKeys.purgeExpired();
    throttle.purgeStale();
  }
}
