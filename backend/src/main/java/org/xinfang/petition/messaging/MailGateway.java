package org.xinfang.petition.messaging;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP through Spring's mail support: the server is {@code spring.mail.*} (host, port, user, password,
 * TLS), the sender {@code petition.messaging.mail.from}. On when {@code spring.mail.host} is set. The message's
 * Message-ID is the provider's reference.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailGateway implements MessageGateway {

    private final JavaMailSender sender;
    private final EmailProperties properties;

    MailGateway(JavaMailSender sender, EmailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public boolean handles(MessageChannel channel) {
        return channel == MessageChannel.EMAIL;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public String send(OutgoingMessage message) {
        MimeMessage mail = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mail, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.text());
            sender.send(mail);
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(
                    "The message could not be written: " + e.getClass().getSimpleName(), e);
        }
    }
}
