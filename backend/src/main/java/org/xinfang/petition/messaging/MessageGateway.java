package org.xinfang.petition.messaging;

/**
 * Delivers a message to the complainant: an SMS service, a mail server. Two ship with the system, each on when it
 * is configured: {@link MailGateway} (SMTP) and {@link SmsHttpGateway} (an SMS provider's HTTP API); another is
 * plugged in by declaring a Spring bean that implements this interface (see docs/messaging.md). A channel no real
 * gateway handles falls to the {@link RecordingGateway}, which only records the message: it is kept as unsent, and
 * the production profile does not start that way. A gateway may be called more than once for the same message
 * (delivery is at least once): {@link OutgoingMessage#id()} lets it recognise a repeat.
 */
public interface MessageGateway {

    /** Whether this gateway delivers on the channel. */
    boolean handles(MessageChannel channel);

    /** The gateway's name as the outbox records it beside each message it took ({@code smtp}, {@code sms-http}). */
    String name();

    /**
     * Hands the message over for delivery; returns normally once the provider has accepted it, with the provider's
     * reference for it (null when it gives none). Any exception is a failed attempt, tried again later; its message
     * is kept for the administrator, so it must not contain the recipient.
     */
    String send(OutgoingMessage message);

    /**
     * One message on one channel. {@code recipient} is the phone in E.164 or the e-mail address, in clear: never
     * log it. {@code milestone} names the moment of the case the message announces ({@code RECEIVED},
     * {@code REPLIED}, …), for providers that send from approved templates.
     */
    record OutgoingMessage(
            long id,
            MessageChannel channel,
            String recipient,
            String subject,
            String text,
            String trackingNumber,
            String milestone) {

        @Override
        public String toString() {
            return "message #" + id + " by " + channel;
        }
    }
}
