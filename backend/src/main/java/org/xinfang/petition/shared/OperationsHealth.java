package org.xinfang.petition.shared;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The health of what operators watch beside the node itself (the timers' lag, the outbox, the calendar): a problem
 * there is a {@link #WARNING}, answered 200, so that it alerts the operators without taking every node out of the
 * load balancer for something no single node can mend.
 */
public final class OperationsHealth {

    /** Working, but needs an operator's attention; after DOWN and OUT_OF_SERVICE, before UP. */
    public static final Status WARNING = new Status("WARNING", "needs an operator's attention");

    private OperationsHealth() {}

    /** UP, or WARNING when {@code attention} holds, with the reason as detail {@code problem}. */
    public static Health.Builder upUnless(boolean attention, String problem) {
        return attention ? Health.status(WARNING).withDetail("problem", problem) : Health.up();
    }
}
