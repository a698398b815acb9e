package org.xinfang.petition.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.privacy.ProtectedColumn;

/** The complainant's e-mail and every message's recipient are personal data: the key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class MessagingColumns {

    static final ProtectedColumn CONTACT_EMAIL =
            ProtectedColumn.of("message_contact", "email").keyedBy("complaint_id");
    static final ProtectedColumn RECIPIENT = ProtectedColumn.of("message_outbox", "recipient");

    @Bean
    ProtectedColumn messageContactEmail() {
        return CONTACT_EMAIL;
    }

    @Bean
    ProtectedColumn messageRecipient() {
        return RECIPIENT;
    }
}
