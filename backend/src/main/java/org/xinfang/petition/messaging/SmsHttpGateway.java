package org.xinfang.petition.messaging;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * SMS through a provider's HTTP API, configured rather than coded ({@link SmsProperties}): the request is built from
 * the body template, and the provider took the message only when its answer matches the success rule (status, and
 * body if configured); anything else is a failed attempt, tried again. On when {@code petition.messaging.sms.url}
 * is set.
 */
@Component
@ConditionalOnProperty("petition.messaging.sms.url")
class SmsHttpGateway implements MessageGateway {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(phone|nationalPhone|text|id|trackingNumber|milestone)}");
    private static final int MAX_ANSWER_IN_ERROR = 200;

    private final SmsProperties properties;
    private final HttpClient client;
    private final Pattern successStatus;
    private final Pattern successBody;
    private final Pattern reference;

    SmsHttpGateway(SmsProperties properties) {
        this.properties = properties;
        this.client =
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.successStatus = Pattern.compile(properties.successStatus());
        this.successBody = properties.successBody() == null ? null : Pattern.compile(properties.successBody());
        this.reference = properties.referencePattern() == null ? null : Pattern.compile(properties.referencePattern());
    }

    @Override
    public boolean handles(MessageChannel channel) {
        return channel == MessageChannel.SMS;
    }

    @Override
    public String name() {
        return "sms-http";
    }

    @Override
    public String send(OutgoingMessage message) {
        HttpResponse<String> answer = call(request(message));
        String body = answer.body() == null ? "" : answer.body();
        if (!successStatus.matcher(String.valueOf(answer.statusCode())).matches()
                || (successBody != null && !successBody.matcher(body).find())) {
            throw new SmsRefused("The SMS provider refused the message: HTTP " + answer.statusCode() + " "
                    + body.substring(0, Math.min(body.length(), MAX_ANSWER_IN_ERROR)));
        }
        if (reference == null) {
            return null;
        }
        Matcher found = reference.matcher(body);
        return found.find() ? found.group(1) : null;
    }

    private HttpRequest request(OutgoingMessage message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(properties.url())
                .timeout(properties.timeout())
                .header("Content-Type", properties.contentType() + "; charset=UTF-8")
                .method(
                        properties.method(),
                        HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8));
        if (properties.username() != null) {
            String credentials =
                    properties.username() + ":" + (properties.password() == null ? "" : properties.password());
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        properties.headers().forEach(request::header);
        return request.build();
    }

    /** The body template with every placeholder filled in, escaped for the content type. */
    String body(OutgoingMessage message) {
        Map<String, String> values = Map.of(
                "phone", message.recipient(),
                "nationalPhone", message.recipient().replaceFirst("^\\+86", ""),
                "text", message.text(),
                "id", String.valueOf(message.id()),
                "trackingNumber", message.trackingNumber(),
                "milestone", message.milestone());
        return PLACEHOLDER
                .matcher(properties.body())
                .replaceAll(placeholder -> Matcher.quoteReplacement(escaped(values.get(placeholder.group(1)))));
    }

    private String escaped(String value) {
        String type = properties.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return new String(JsonStringEncoder.getInstance().quoteAsString(value));
        }
        if (type.contains("x-www-form-urlencoded")) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return value;
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsRefused(
                    "The SMS provider could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsRefused("Interrupted while calling the SMS provider");
        }
    }

    /** The provider did not take the message; the text never holds the recipient. */
    static class SmsRefused extends RuntimeException {
        SmsRefused(String message) {
            super(message);
        }
    }
}
