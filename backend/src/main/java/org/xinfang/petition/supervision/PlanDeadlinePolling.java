package org.xinfang.petition.supervision;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Follows up the rectification plans whose day has passed, now and then on every node; off in tests. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
        name = "petition.supervision.plan-follow-up-enabled",
        havingValue = "true",
        matchIfMissing = true)
class PlanDeadlinePolling {

    private final PlanDeadlines plans;

    PlanDeadlinePolling(PlanDeadlines plans) {
        this.plans = plans;
    }

    @Scheduled(
            initialDelayString = "${petition.supervision.plan-poll-interval:PT15M}",
            fixedDelayString = "${petition.supervision.plan-poll-interval:PT15M}")
    void followUp() {
        plans.followUpDue();
    }
}
