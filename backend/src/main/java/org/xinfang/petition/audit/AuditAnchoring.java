package org.xinfang.petition.audit;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every node anchors the chain's head at {@code petition.audit.anchor-interval}, and sweeps for pending entries at
 * {@code petition.audit.chain-sweep-interval}, the first time on start: those a node left when it died.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditAnchoring implements SchedulingConfigurer {

    private final AuditAnchor anchor;
    private final AuditChain chain;
    private final AuditProperties properties;

    AuditAnchoring(AuditAnchor anchor, AuditChain chain, AuditProperties properties) {
        this.anchor = anchor;
        this.chain = chain;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(anchor::anchor, properties.anchorInterval(), properties.anchorInterval()));
        registrar.addFixedDelayTask(new FixedDelayTask(chain::request, properties.chainSweepInterval(), Duration.ZERO));
    }
}
