package org.xinfang.petition.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail to complainants, sent by {@link MailGateway} over the SMTP server of {@code spring.mail.*}.
 *
 * @param from the sender as complainants see it, such as {@code 信访办 <xinfang@gat.nx.gov.cn>}
 */
@ConfigurationProperties("petition.messaging.mail")
record EmailProperties(@DefaultValue("noreply@localhost") String from) {}
