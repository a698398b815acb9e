package org.xinfang.petition.audit;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit key (the migration that keys the chain needs it, before any repository exists) and the anchor file. */
@Configuration(proxyBeanMethods = false)
class AuditSetup {

  @Bean
  AuditSeal auditSeal(AuditProperties properties) {
    return new AuditSeal(AuditKeys.load(properties), properties.hash());
  }

  @Bean
  AnchorFile anchorFile(AuditProperties properties) {
    return new AnchorFile(Path.of(properties.anchorFile()));
  }

  @Bean
  AuditAnchor auditAnchor(AuditHeadRepository heads, AuditSeal seal, AnchorFile file, Clock clock) {
    return new AuditAnchor(heads, seal, file, clock);
  }
}
