package org.xinfang.petition.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Every node anchors the chain's head at {@code petition.audit.anchor-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditAnchoring implements SchedulingConfigurer {

  private final AuditAnchor anchor;
  private final AuditProperties properties;

  AuditAnchoring(AuditAnchor anchor, AuditProperties properties) {
    this.anchor = anchor;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(new FixedDelayTask(anchor::anchor, properties.anchorInterval(),
        properties.anchorInterval()));
  }
}
