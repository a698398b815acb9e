package org.xinfang.petition.messaging;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS: how the text is written, and the provider's HTTP API that {@link SmsHttpGateway} calls (on when {@code url}
 * is set). The body is a template whose placeholders are filled in, escaped for the content type: {@code {phone}}
 * (E.164, +8613812345678), {@code {nationalPhone}} (13812345678), {@code {text}}, {@code {id}} (the outbox id, the
 * same on a repeated attempt), {@code {trackingNumber}} and {@code {milestone}} (RECEIVED, REPLIED, …, for providers
 * that send from approved templates).
 *
 * @param signature the sender's signature (短信签名) as the provider registered it, put in 【】 before every text
 * @param maxLength the longest text in characters, signature included (a long SMS is several of 67 characters)
 * @param url the provider's endpoint; no SMS gateway when unset
 * @param method the HTTP method
 * @param contentType the body's content type: {@code application/json} escapes placeholders as JSON strings,
 *     {@code application/x-www-form-urlencoded} URL-encodes them, anything else inserts them as they are
 * @param body the request body template
 * @param username the user for HTTP Basic authentication, if the provider uses it
 * @param password the password for HTTP Basic authentication
 * @param headers further request headers, such as {@code Authorization} or the provider's key header
 * @param successStatus a regular expression the answer's status code must match for the message to count as taken
 * @param successBody a regular expression the answer's body must contain as well (the provider's "OK" code); none
 *     when unset
 * @param referencePattern a regular expression whose first group finds the provider's message id in the answer; none
 *     when unset
 * @param timeout how long a call may take, connecting and answering; keep it well under the outbox lease
 */
@ConfigurationProperties("petition.messaging.sms")
record SmsProperties(
        @DefaultValue("信访") String signature,
        @DefaultValue("300") int maxLength,
        URI url,
        @DefaultValue("POST") String method,
        @DefaultValue("application/json") String contentType,

        @DefaultValue("{\"to\":\"{phone}\",\"text\":\"{text}\",\"reference\":\"{id}\"}")
        String body,

        String username,
        String password,
        @DefaultValue Map<String, String> headers,
        @DefaultValue("2\\d\\d") String successStatus,
        String successBody,
        String referencePattern,
        @DefaultValue("10s") Duration timeout) {}
