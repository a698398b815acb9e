package org.xinfang.petition.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every night on every node, as {@code petition.retention.schedule} says. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionSchedule {

    private final PersonalDataRetention retention;

    RetentionSchedule(PersonalDataRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${petition.retention.schedule:0 15 3 * * *}", zone = "Asia/Shanghai")
    void run() {
        retention.eraseExpired();
    }
}
