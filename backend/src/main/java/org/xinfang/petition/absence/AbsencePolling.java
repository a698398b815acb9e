package org.xinfang.petition.absence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Hands over the tasks of absences that have started, now and then on every node; off in tests. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "petition.absence.handover-enabled", havingValue = "true", matchIfMissing = true)
class AbsencePolling {

    private final Absences absences;

    AbsencePolling(Absences absences) {
        this.absences = absences;
    }

    @Scheduled(
            initialDelayString = "${petition.absence.poll-interval:PT1M}",
            fixedDelayString = "${petition.absence.poll-interval:PT1M}")
    void handOver() {
        absences.handOverDue();
    }
}
