package org.xinfang.petition.audit;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit key (the migration that keys the chain needs it, before any repository exists), the chain writer and
 * the anchor file.
 */
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

    @Bean(destroyMethod = "stop")
    AuditChain auditChain(
            AuditEntryRepository entries, JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditSeal seal) {
        return new AuditChain(entries, jdbc, new TransactionTemplate(transactions), seal);
    }

    @Bean
    AuditAnchor auditAnchor(AuditHeadRepository heads, AuditSeal seal, AnchorFile file, Clock clock) {
        return new AuditAnchor(heads, seal, file, clock);
    }
}
