/**
 * Messages to the complainant (短信、邮件告知): every milestone of a case (received, accepted or not, merged,
 * dispatched, extended, replied, reopened, closed, withdrawn) becomes a message by SMS and/or e-mail, written to a
 * transactional outbox in the transaction of the case change and delivered from there to the configured
 * {@link org.xinfang.petition.messaging.MessageGateway} with retries, by whichever node claims it first.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Messages to the complainant",
        allowedDependencies = {"complaint", "privacy", "shared"})
package org.xinfang.petition.messaging;
