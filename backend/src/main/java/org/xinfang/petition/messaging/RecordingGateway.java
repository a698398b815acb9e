package org.xinfang.petition.messaging;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gateway for channels no real gateway handles: it only records that the message would have gone out, by id,
 * channel and length, never the recipient or the text; the outbox keeps such a message as unsent. The embedded
 * default runs with it; the production profile refuses to ({@link GatewayCoverage}).
 */
@Component
public class RecordingGateway implements MessageGateway {

    private static final Logger log = LoggerFactory.getLogger(RecordingGateway.class);

    private final AtomicLong delivered = new AtomicLong();

    @Override
    public boolean handles(MessageChannel channel) {
        return true;
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public String send(OutgoingMessage message) {
        delivered.incrementAndGet();
        log.info(
                "Recorded {} ({} characters); no gateway is configured for {}",
                message,
                message.text().length(),
                message.channel());
        return null;
    }

    /** How many messages this node has recorded since it started. */
    public long delivered() {
        return delivered.get();
    }
}
