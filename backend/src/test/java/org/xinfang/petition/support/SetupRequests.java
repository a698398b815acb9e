package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The requests of {@link Complaints} that only bring a case to a stage, sent with the JDK's HTTP client: REST
 * Assured's request building is Groovy dispatched at run time, about half of the test thread's work in the API
 * classes, and the suite makes thousands of these steps. A test's own checks keep REST Assured. The exchanges go to
 * {@link LastExchanges} like REST Assured's, so a failed test still prints them.
 */
final class SetupRequests {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final int port;

    SetupRequests(int port) {
        this.port = port;
    }

    /** Posts JSON under /api/v1, as the demo login (null: anonymous), and returns the answer's body. */
    String post(String login, String path, Object body, int expectedStatus) {
        String json = json(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (login != null) {
            request.header("Authorization", "Basic " + credentials(login));
        }
        HttpResponse<String> response = send(request.build());
        LastExchanges.record(
                "POST " + response.uri() + (login == null ? "" : " as " + login) + "\n" + json,
                () -> response.statusCode() + " " + response.headers().map() + "\n" + response.body());
        assertThat(response.statusCode())
                .as("POST %s answered %s", path, response.body())
                .isEqualTo(expectedStatus);
        return response.body();
    }

    /** A path segment as the API reads it back, e.g. a tracking number. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String credentials(String login) {
        return Base64.getEncoder().encodeToString((login + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + body, e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.uri(), e);
        }
    }
}
