package org.xinfang.petition.security;

import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.xinfang.petition.shared.OperationsHealth;

/**
 * Health component {@code directory}, when staff log in against the directory: whether it answers a bind as the
 * manager account (or anonymously). A directory that does not answer is a WARNING, not DOWN: the node still serves
 * the citizens and the local accounts, and the load balancer must not take it out for a fault every node shares.
 */
final class DirectoryHealth implements HealthIndicator {

    private final DefaultSpringSecurityContextSource servers;

    DirectoryHealth(DefaultSpringSecurityContextSource servers) {
        this.servers = servers;
    }

    @Override
    public Health health() {
        String problem = null;
        try {
            close(servers.getReadOnlyContext());
        } catch (RuntimeException unreachable) {
            problem = "the staff directory does not answer (" + unreachable.getMessage()
                    + "): its users cannot log in; local accounts still can";
        }
        return OperationsHealth.upUnless(problem != null, problem)
                .withDetail("urls", servers.getUrls())
                .build();
    }

    private static void close(DirContext context) {
        try {
            context.close();
        } catch (NamingException e) {
            // Closing a connection that answered: nothing to tell.
        }
    }
}
