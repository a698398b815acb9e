package org.xinfang.petition.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.ResponseSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PinnedClock;

/**
 * The citizen's lookups are throttled against guessing the query code: with the default settings, 5 failures on a
 * tracking number or 20 from a client address within 15 minutes lock it out for 15 minutes. Each test stands for
 * clients of its own (X-Forwarded-For from a proxy on loopback).
 */
class LookupThrottleApiTest extends ApiTest {

    private static final String WRONG_CODE = "WRONGCOD";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final ResponseSpecification throttled = problem(429, "lookup.throttled");
    private String client;
    private String otherClient;

    @BeforeEach
    void newClients() {
        client = "203.0.113." + CLIENTS.incrementAndGet();
        otherClient = "198.51.100." + CLIENTS.incrementAndGet();
    }

    @Test
    void fiveWrongCodesLockTheTrackingNumberOutForEveryone() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");

        for (int i = 0; i < 5; i++) {
            lookup(client, number, WRONG_CODE).spec(problem(404, "lookup.not-found"));
        }

        // 15 minutes from the fifth failure, on a clock that has not moved since
        lookup(client, number, filed.getString("queryCode"))
                .spec(throttled)
                .header("Retry-After", Integer::parseInt, equalTo(900));
        lookup(otherClient, number, filed.getString("queryCode")).spec(throttled);
    }

    @Test
    void successfulLookupsDoNotCountAndTheRightCodeClearsTheCount() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        String code = filed.getString("queryCode");

        for (int i = 0; i < 10; i++) {
            lookup(client, number, code).statusCode(200);
        }
        for (int i = 0; i < 4; i++) {
            lookup(client, number, WRONG_CODE).statusCode(404);
        }
        lookup(client, number, code).statusCode(200);
        for (int i = 0; i < 4; i++) {
            lookup(client, number, WRONG_CODE).statusCode(404);
        }

        lookup(client, number, code).statusCode(200);
    }

    @Test
    void refusedInputDoesNotCount() {
        String number = complaints.file();

        for (int i = 0; i < 6; i++) {
            api.anonymous()
                    .header("X-Forwarded-For", client)
                    .body(Map.of("trackingNumber", number))
                    .post("/lookup")
                    .then()
                    .statusCode(400);
        }

        lookup(client, number, WRONG_CODE).statusCode(404);
    }

    @Test
    void theLockOutEndsWithTheEngineClock() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        for (int i = 0; i < 5; i++) {
            lookup(client, number, WRONG_CODE).statusCode(404);
        }
        var lockedAt = PinnedClock.now().toInstant();

        PinnedClock.pinAt(lockedAt.plus(Duration.ofMinutes(10)));
        lookup(client, number, filed.getString("queryCode"))
                .spec(throttled)
                .header("Retry-After", Integer::parseInt, equalTo(300));
        PinnedClock.pinAt(lockedAt.plus(Duration.ofMinutes(15)).minusSeconds(1));
        lookup(client, number, filed.getString("queryCode"))
                .spec(throttled)
                .header("Retry-After", Integer::parseInt, equalTo(1));

        PinnedClock.pinAt(lockedAt.plus(Duration.ofMinutes(15)));
        lookup(client, number, filed.getString("queryCode")).statusCode(200).body("trackingNumber", equalTo(number));
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressOut() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");

        for (int i = 0; i < 20; i++) {
            lookup(client, "XF20000101-640104-" + String.format("%06d", i), WRONG_CODE)
                    .statusCode(404);
        }

        lookup(client, number, filed.getString("queryCode")).spec(throttled);
        lookup(otherClient, number, filed.getString("queryCode")).statusCode(200);
    }

    @Test
    void materialAndWithdrawalAreThrottledWithTheLookup() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        for (int i = 0; i < 5; i++) {
            api.anonymous()
                    .header("X-Forwarded-For", client)
                    .body(Map.of("trackingNumber", number, "queryCode", WRONG_CODE, "note", "补充材料"))
                    .post("/lookup/material")
                    .then()
                    .statusCode(404);
        }

        api.anonymous()
                .header("X-Forwarded-For", otherClient)
                .body(Map.of("trackingNumber", number, "queryCode", filed.getString("queryCode")))
                .post("/lookup/withdrawal")
                .then()
                .spec(throttled);
        assertThat(complaints.detail(number).getString("status")).isEqualTo("PENDING_TRIAGE");
    }

    private ValidatableResponse lookup(String from, String number, String queryCode) {
        return api.anonymous()
                .header("X-Forwarded-For", from)
                .body(Map.of("trackingNumber", number, "queryCode", queryCode))
                .post("/lookup")
                .then();
    }
}
