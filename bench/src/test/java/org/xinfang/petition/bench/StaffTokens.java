package org.xinfang.petition.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Staff authenticate as API clients should (docs/security.md): one bearer token per login, issued once for the
 * password, then checked per request with a keyed hash instead of BCrypt. The token outlives a run (8 h, 30 min
 * idle), so a run issues each login's token once.
 */
final class StaffTokens {

    private static final Map<String, String> BEARERS = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private StaffTokens() {}

    /**
     * Issues the tokens of these logins and of every county's handler and leader before the run is measured: a
     * token is issued for the password (BCrypt, on purpose slow), which belongs to signing in, not to the work.
     */
    static void issueBeforeTheRun(String... logins) {
        Stream.concat(
                        Stream.of(logins),
                        Citizens.COUNTIES.stream().flatMap(county -> Stream.of(county.handler(), county.leader())))
                .forEach(StaffTokens::bearer);
    }

    /** The Authorization header of this login. */
    static String bearer(String login) {
        return BEARERS.computeIfAbsent(login, StaffTokens::issue);
    }

    private static String issue(String login) {
        String basic = Base64.getEncoder()
                .encodeToString((login + ":" + BenchSettings.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BenchSettings.baseUrl() + "/api/v1/session/tokens"))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "No token for " + login + ": " + response.statusCode() + " " + response.body());
            }
            return "Bearer " + JSON.readTree(response.body()).get("token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
