package org.xinfang.petition.bulletin;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * 每月通报: on every node, at the scheduled time, a first bulletin for each recently closed month that has none. The
 * nodes share the database, so a month is generated once: the unique version makes the slower node's attempt fail,
 * and it leaves that month.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonthlyBulletinJob {

    private final Bulletins bulletins;

    MonthlyBulletinJob(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    @Scheduled(cron = "${petition.bulletin.schedule:0 30 2 * * *}", zone = "Asia/Shanghai")
    void run() {
        bulletins.generateMissing();
    }
}
