package org.xinfang.petition.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.OperationsHealth;

/**
 * The job executor keeps up: the timer lag (now minus the due date of the oldest job due and not yet run, over all
 * nodes) and the backlog of due jobs. A lag past {@code petition.health.timer-lag-warning} is a warning: deadlines
 * and warnings fire late.
 */
@Component("timersHealthIndicator")
class TimerHealth implements HealthIndicator {

    private final ManagementService management;
    private final Clock clock;
    private final Duration warning;

    TimerHealth(
            ManagementService management,
            Clock clock,
            @Value("${petition.health.timer-lag-warning:PT5M}") Duration warning,
            MeterRegistry registry) {
        this.management = management;
        this.clock = clock;
        this.warning = warning;
        Gauge.builder("xinfang.timers.lag", this, timers -> timers.lag().toSeconds())
                .description("Now minus the due date of the oldest due engine job not yet run")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("xinfang.timers.due", this, timers -> timers.dueJobs())
                .description("Engine jobs due and not yet run")
                .register(registry);
    }

    @Override
    public Health health() {
        Duration lag = lag();
        return OperationsHealth.upUnless(
                        lag.compareTo(warning) > 0,
                        "due jobs wait longer than " + warning + ": is a job executor running?")
                .withDetail("lagSeconds", lag.toSeconds())
                .withDetail("dueJobs", dueJobs())
                .build();
    }

    private long dueJobs() {
        return management.createJobQuery().executable().count();
    }

    private Duration lag() {
        List<Job> oldest = management
                .createJobQuery()
                .executable()
                .orderByJobDuedate()
                .asc()
                .listPage(0, 1);
        Instant now = clock.instant();
        Duration lag = oldest.isEmpty() || oldest.get(0).getDuedate() == null
                ? Duration.ZERO
                : Duration.between(oldest.get(0).getDuedate().toInstant(), now);
        return lag.isNegative() ? Duration.ZERO : lag;
    }
}
