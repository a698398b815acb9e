package org.xinfang.petition.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.xinfang.petition.messaging.MessageChannel;
import org.xinfang.petition.messaging.MessageGateway;

/**
 * The message gateway of the test context, for every channel: it keeps what it delivered, and fails as often as a
 * test tells it to. One bean in the one shared context; a test resets it before use.
 */
@Component
@Profile("test")
public class TestMessageGateway implements MessageGateway {

    private final List<OutgoingMessage> delivered = new ArrayList<>();
    private int failuresToCome;
    private int attempts;

    @Override
    public boolean handles(MessageChannel channel) {
        return true;
    }

    @Override
    public String name() {
        return "test";
    }

    /** Takes the message; the provider's reference is {@code test-<id>}. */
    @Override
    public synchronized String send(OutgoingMessage message) {
        attempts++;
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new IllegalStateException("The provider refused " + message.recipient() + " (test)");
        }
        delivered.add(message);
        return "test-" + message.id();
    }

    /** Forgets what was delivered and fails the next {@code failures} attempts. */
    public synchronized void reset(int failures) {
        delivered.clear();
        failuresToCome = failures;
        attempts = 0;
    }

    public synchronized List<OutgoingMessage> delivered() {
        return List.copyOf(delivered);
    }

    public synchronized int attempts() {
        return attempts;
    }
}
