package org.xinfang.petition.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.webComplaint;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.xinfang.petition.privacy.BlindIndex;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.support.ApiTest;

/**
 * A crowd of citizens filing at the same moment, more than the pool has connections: every filing is answered
 * 201 (a request that waited for a connection held by another would fail or time out here), none 500,
 * every filed case has its process, and the submissions counted per client address are exact. Each test files
 * from addresses of its own (X-Forwarded-For from the proxy on loopback).
 */
class CrowdFilingApiTest extends ApiTest {

    private static final int CROWD = 64;
    private static final int ROUNDS = 2;
    /**
     * A request starved of a connection fails after the pool's 30 s wait (a 500, which these tests refuse); one that
     * hangs beyond it, waiting on another, times out here.
     */
    private static final int CLIENT_TIMEOUT_MILLIS = 60_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    SubmissionRateLimit rateLimit;

    @Autowired
    SubmissionRateLimitProperties limits;

    @Autowired
    BlindIndex blindIndex;

    @Test
    void sixtyFourFilingsAtOnceFromOneAddressWithTheLimitRaisedAreAllFiled() throws Exception {
        String address = "203.0.113.64";
        // the one application context of the suite keeps its settings: the limit is raised for this test only
        ReflectionTestUtils.setField(
                rateLimit,
                "properties",
                new SubmissionRateLimitProperties(CROWD * ROUNDS, limits.window(), limits.exemptAddresses()));
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                List<ExtractableResponse<Response>> answers = fileAtOnce(CROWD, filing -> address);

                assertAllFiled(answers);
                assertThat(submissionsTaken(address)).isEqualTo(CROWD * round);
            }
        } finally {
            ReflectionTestUtils.setField(rateLimit, "properties", limits);
        }
    }

    @Test
    void sixtyFourFilingsAtOnceFromAsManyAddressesAreAllFiled() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            List<ExtractableResponse<Response>> answers = fileAtOnce(CROWD, filing -> "198.51.100." + filing);

            assertAllFiled(answers);
            for (int filing = 0; filing < CROWD; filing++) {
                assertThat(submissionsTaken("198.51.100." + filing)).isEqualTo(round);
            }
        }
    }

    @Test
    void ofTwiceTheLimitAtOnceExactlyTheLimitIsFiledAndTheRestRefused() throws Exception {
        int limit = limits.submissionsPerAddress();
        for (int round = 1; round <= ROUNDS; round++) {
            String address = "198.51.100." + (200 + round);
            long complaintsBefore = jdbc.queryForObject("select count(*) from complaint", Long.class);

            List<Integer> statuses = fileAtOnce(2 * limit, filing -> address).stream()
                    .map(ExtractableResponse::statusCode)
                    .toList();

            assertThat(statuses).filteredOn(status -> status == 201).hasSize(limit);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(limit);
            assertThat(submissionsTaken(address)).isEqualTo(limit);
            assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class))
                    .isEqualTo(complaintsBefore + limit);
        }
    }

    private void assertAllFiled(List<ExtractableResponse<Response>> answers) {
        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(201);
        for (ExtractableResponse<Response> answer : answers) {
            String number = answer.path("trackingNumber");
            assertThat(jdbc.queryForObject(
                            "select count(*) from complaint where tracking_number = ?", Long.class, number))
                    .as("case %s", number)
                    .isEqualTo(1);
            assertThat(runtime.createProcessInstanceQuery()
                            .processDefinitionKey(ComplaintProcess.KEY)
                            .processInstanceBusinessKey(number)
                            .count())
                    .as("process of %s", number)
                    .isEqualTo(1);
        }
    }

    private int submissionsTaken(String address) {
        return jdbc.queryForObject(
                "select submissions from submission_allowance where address_hash = ?",
                Integer.class,
                blindIndex.of(SubmissionRateLimit.ADDRESS, address));
    }

    /** The answers to as many web filings sent at once, the n-th from the client address {@code addresses(n)}. */
    private List<ExtractableResponse<Response>> fileAtOnce(int filings, IntFunction<String> addresses)
            throws Exception {
        RestAssuredConfig timeouts = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", CLIENT_TIMEOUT_MILLIS)
                        .setParam("http.socket.timeout", CLIENT_TIMEOUT_MILLIS));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(filings);
        try {
            List<Future<ExtractableResponse<Response>>> pending = new ArrayList<>();
            for (int filing = 0; filing < filings; filing++) {
                String address = addresses.apply(filing);
                pending.add(clients.submit(() -> {
                    start.await();
                    return api.anonymous()
                            .config(timeouts)
                            .header("X-Forwarded-For", address)
                            .body(webComplaint())
                            .post("/complaints")
                            .then()
                            .extract();
                }));
            }
            start.countDown();
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : pending) {
                answers.add(answer.get(2L * CLIENT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }
}
