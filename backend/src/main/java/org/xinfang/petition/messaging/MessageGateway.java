package org.xinfang.petition.messaging;

/**
 * Delivers a message to the complainant: an SMS service, a mail server. Plug one in by declaring a Spring bean
 * that implements this interface (see docs/messaging.md); for the channels no such bean handles, the
 * {@link RecordingGateway} records the delivery instead. A gateway may be called more than once for the same
 * message (delivery is at least once): {@link OutgoingMessage#id()} lets it recognise a repeat.
 */
public interface MessageGateway {

    /** Whether this gateway delivers on the channel. */
    boolean handles(MessageChannel channel);

    /**
     * Hands the message over for delivery; returns normally once the provider has accepted it. Any exception is a
     * failed attempt, tried again later; its message is kept for the administrator, so it must not contain the
     * recipient.
     */
    void send(OutgoingMessage message);

    /**
     * One message on one channel. {@code recipient} is the phone in E.164 or the e-mail address, in clear: never
     * log it.
     */
    record OutgoingMessage(long id, MessageChannel channel, String recipient, String subject, String text) {

        @Override
        public String toString() {
            return "message #" + id + " by " + channel;
        }
    }
}
