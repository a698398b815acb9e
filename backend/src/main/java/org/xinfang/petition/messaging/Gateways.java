package org.xinfang.petition.messaging;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which gateway takes a channel's messages: the first real one declared for it ({@link MailGateway},
 * {@link SmsHttpGateway} or one of the installation's own), else the {@link RecordingGateway}.
 */
@Component
class Gateways {

    private final List<MessageGateway> declared;
    private final RecordingGateway recording;

    Gateways(List<MessageGateway> declared, RecordingGateway recording) {
        this.declared = declared;
        this.recording = recording;
    }

    MessageGateway forChannel(MessageChannel channel) {
        return declared.stream()
                .filter(gateway -> gateway != recording && gateway.handles(channel))
                .findFirst()
                .orElse(recording);
    }

    /** Whether a message the gateway took has really gone out, rather than only been recorded. */
    boolean isReal(MessageGateway gateway) {
        return gateway != recording;
    }
}
