package org.xinfang.petition.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Complaints.webComplaintWith;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PinnedClock;

/**
 * Anonymous submissions (online complaints and consultations) are limited per client address: with the default
 * settings 10 within an hour, counted from the first. Each test stands for clients of its own (X-Forwarded-For
 * from a proxy on loopback; loopback itself is exempt in the tests).
 */
class FilingRateLimitApiTest extends ApiTest {

    private static final int LIMIT = 10;
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResponseSpecification limited = problem(429, "submission.rate-limited");
    private String client;
    private String otherClient;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Housekeeping housekeeping;

    @Autowired
    SubmissionAllowanceRepository allowances;

    @BeforeEach
    void newClients() {
        client = "192.0.2." + CLIENTS.incrementAndGet();
        otherClient = "192.0.2." + CLIENTS.incrementAndGet();
    }

    @Test
    void theEleventhFilingFromOneAddressWithinTheHourIsRefusedAndWritesNothing() {
        fileTenFrom(client);
        var before = rowCounts();

        // the whole hour: the clock has not moved since the first filing
        file(client, webComplaint()).spec(limited).header("Retry-After", Integer::parseInt, equalTo(3600));
        fileWithAttachments(client, webComplaint())
                .spec(limited)
                .header("Retry-After", Integer::parseInt, equalTo(3600));

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void ofTwoFilingsAtOnceForTheLastSubmissionOnlyOneIsTaken() throws Exception {
        for (int i = 0; i < LIMIT - 1; i++) {
            file(client, webComplaint()).statusCode(201);
        }
        var before = rowCounts();

        assertThat(fileAtOnce(client, 2)).containsExactlyInAnyOrder(201, 429);

        assertThat(rowCounts().complaints()).isEqualTo(before.complaints() + 1);
    }

    @Test
    void firstFilingsAtOnceFromANewAddressAreAllTakenAndCounted() throws Exception {
        assertThat(fileAtOnce(client, 3)).containsOnly(201);

        for (int i = 3; i < LIMIT; i++) {
            file(client, webComplaint()).statusCode(201);
        }
        file(client, webComplaint()).spec(limited);
    }

    @Test
    void anotherAddressIsNotAffected() {
        fileTenFrom(client);
        file(client, webComplaint()).spec(limited);

        file(otherClient, webComplaint()).statusCode(201);
    }

    @Test
    void afterTheWindowTheAddressMayFileAgain() {
        Instant first = PinnedClock.now().toInstant();
        fileTenFrom(client);

        PinnedClock.pinAt(first.plus(Duration.ofMinutes(50)));
        file(client, webComplaint()).spec(limited).header("Retry-After", Integer::parseInt, equalTo(600));
        PinnedClock.pinAt(first.plus(Duration.ofHours(1)).minusSeconds(1));
        file(client, webComplaint()).spec(limited).header("Retry-After", Integer::parseInt, equalTo(1));

        PinnedClock.pinAt(first.plus(Duration.ofHours(1)));
        file(client, webComplaint()).statusCode(201);
    }

    @Test
    void countsWhoseWindowIsOverArePurged() {
        Instant first = PinnedClock.now().toInstant();
        file(client, webComplaint()).statusCode(201);
        Instant later = first.plus(Duration.ofMinutes(30));
        PinnedClock.pinAt(later);
        file(otherClient, webComplaint()).statusCode(201);

        // beyond the hour of every window the suite has started near the base time
        PinnedClock.pinAt(first.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(5)));
        housekeeping.purge();

        List<Instant> windows = allowances.findAll().stream()
                .map(SubmissionAllowance::getWindowStartedAt)
                .toList();
        assertThat(windows)
                .allMatch(start -> start.isAfter(first.plus(Duration.ofMinutes(5))))
                .contains(later);
    }

    @Test
    void staffFilingForWalkInsAndCallsIsNotLimited() {
        for (int i = 0; i <= LIMIT; i++) {
            api.as(Logins.OPERATOR)
                    .header("X-Forwarded-For", client)
                    .body(webComplaintWith("channel", "HOTLINE"))
                    .post("/complaints")
                    .then()
                    .statusCode(201);
        }

        fileTenFrom(client);
    }

    @Test
    void questionsCountLikeFilingsAndAreRefusedBeyondTheLimit() {
        for (int i = 0; i < LIMIT - 1; i++) {
            ask(client).statusCode(201);
        }
        file(client, webComplaint()).statusCode(201);
        long consultations = jdbc.queryForObject("select count(*) from consultation", Long.class);

        ask(client).spec(limited).header("Retry-After", Integer::parseInt, equalTo(3600));

        assertThat(jdbc.queryForObject("select count(*) from consultation", Long.class))
                .isEqualTo(consultations);
        ask(otherClient).statusCode(201);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyDoesNotCountAgain() {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i <= LIMIT; i++) {
            fileOnce(client, key).statusCode(201);
        }
        for (int i = 0; i < LIMIT - 1; i++) {
            file(client, webComplaint()).statusCode(201);
        }

        file(client, webComplaint()).spec(limited);
        // the retry is answered from its key even now
        fileOnce(client, key).statusCode(201);
    }

    @Test
    void twoRequestsAtOnceWithTheSameIdempotencyKeyCountOnce() throws Exception {
        String key = UUID.randomUUID().toString();

        assertThat(atOnce(2, () -> fileOnce(client, key))).containsOnly(201);

        for (int i = 1; i < LIMIT; i++) {
            file(client, webComplaint()).statusCode(201);
        }
        file(client, webComplaint()).spec(limited);
    }

    @Test
    void refusedFilingsDoNotCount() {
        for (int i = 0; i <= LIMIT; i++) {
            file(client, webComplaintWith("region", "999999"))
                    .spec(invalidField("region", "constraint.unknown-region"));
            file(client, webComplaintWith("subject", null)).spec(invalidField("subject", "constraint.NotBlank"));
        }

        fileTenFrom(client);
    }

    /** The status codes of as many filings from the address, sent at once. */
    private List<Integer> fileAtOnce(String clientAddress, int filings) throws Exception {
        return atOnce(filings, () -> file(clientAddress, webComplaint()));
    }

    /** The status codes of as many requests, sent at once. */
    private static List<Integer> atOnce(int requests, Supplier<ValidatableResponse> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.get().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    private void fileTenFrom(String clientAddress) {
        for (int i = 0; i < LIMIT; i++) {
            file(clientAddress, webComplaint()).statusCode(201);
        }
    }

    private ValidatableResponse file(String clientAddress, Map<String, Object> complaint) {
        return from(clientAddress).body(complaint).post("/complaints").then();
    }

    private ValidatableResponse fileOnce(String clientAddress, String idempotencyKey) {
        return from(clientAddress)
                .header(SubmissionKeys.HEADER, idempotencyKey)
                .body(webComplaint())
                .post("/complaints")
                .then();
    }

    private ValidatableResponse fileWithAttachments(String clientAddress, Map<String, Object> complaint) {
        try {
            return from(clientAddress)
                    .contentType("multipart/form-data; charset=UTF-8")
                    .multiPart(new MultiPartSpecBuilder(JSON.writeValueAsString(complaint))
                            .controlName("complaint")
                            .mimeType("application/json")
                            .charset("UTF-8")
                            .build())
                    .post("/complaints")
                    .then();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ValidatableResponse ask(String clientAddress) {
        return from(clientAddress)
                .body(Map.of("category", "HOUSEHOLD_REGISTRATION", "question", "办理居住证需要准备哪些材料？"))
                .post("/consultations")
                .then();
    }

    private RequestSpecification from(String clientAddress) {
        return api.anonymous().header("X-Forwarded-For", clientAddress);
    }
}
