package org.xinfang.petition.audit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/**
 * Before a test reads the chain: the entries written so far are chained, by a pass of the writer in this thread
 * (and its transaction, if it has one) or, while the node's own writer holds the head, by that one (the pass is
 * then tried again).
 */
final class Chained {

    private Chained() {}

    static void now(AuditChain chain) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .pollInSameThread()
                .until(chain::chainPending);
    }
}
