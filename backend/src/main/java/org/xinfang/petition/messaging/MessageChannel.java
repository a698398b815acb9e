package org.xinfang.petition.messaging;

/** How a message reaches the complainant. */
public enum MessageChannel {
    /** 短信, to the complainant's phone. */
    SMS,
    /** 电子邮件, to the address the complainant gave when filing. */
    EMAIL
}
