package org.xinfang.petition.messaging;

import java.time.Duration;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.TestMessageGateway;

/** For the tests of delivery, which share the one outbox with every other test. */
final class Outboxes {

    private Outboxes() {}

    /**
     * Delivers what other tests left, including what they wrote on later days, so that a poll afterwards sees only
     * the messages of the test itself; the clock is back at the base and the test gateway reset.
     */
    static void deliverWhatOtherTestsLeft(OutboxDispatcher dispatcher, TestMessageGateway gateway) {
        gateway.reset(0);
        PinnedClock.pinAt(PinnedClock.BASE.plus(Duration.ofDays(2)));
        while (dispatcher.poll() > 0) {
            // until nothing is due
        }
        PinnedClock.pinAt(PinnedClock.BASE);
        gateway.reset(0);
    }
}
