package org.xinfang.petition.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Complaints.webComplaintWith;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PinnedClock;

/** A filing with an Idempotency-Key files one case, however often and however concurrently it is sent. */
class IdempotentFilingApiTest extends ApiTest {

    private static final String KEY = "Idempotency-Key";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Test
    void aRetryWithTheSameKeyGetsTheSameAnswerAndFilesNoSecondCase() {
        String key = UUID.randomUUID().toString();
        var first = file(key, webComplaint());
        var before = rowCounts();

        var retry = file(key, webComplaint());

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(rowCounts()).isEqualTo(before);
        // the query code given again is the case's own
        api.anonymous()
                .body(Map.of("trackingNumber", first.path("trackingNumber"), "queryCode", first.path("queryCode")))
                .post("/lookup")
                .then()
                .statusCode(200);
    }

    @Test
    void theSameComplaintTypedDifferentlyIsTheSameRequest() {
        String key = UUID.randomUUID().toString();
        var first = file(key, webComplaint());

        var retry = file(key, webComplaintWith("complainant.phone", "+86 138 1234 5678"));

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.jsonPath().getString("trackingNumber"))
                .isEqualTo(first.jsonPath().getString("trackingNumber"));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedNamingTheHeaderAndRevealsNothing() {
        String key = UUID.randomUUID().toString();
        var first = file(key, webComplaint());
        var before = rowCounts();

        var other = api.anonymous()
                .header(KEY, key)
                .body(webComplaintWith("subject", "另一件事"))
                .post("/complaints")
                .then()
                .spec(problem(422, "unprocessable-input"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(KEY))
                .body("errors[0].code", equalTo("constraint.idempotency-key-reused"))
                .extract()
                .asString();

        assertThat(other)
                .doesNotContain(
                        first.jsonPath().getString("trackingNumber"),
                        first.jsonPath().getString("queryCode"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theSameKeyFromAnOperatorIsAnotherRequestThanFromTheCitizen() {
        String key = UUID.randomUUID().toString();
        file(key, webComplaint());

        api.as(Logins.OPERATOR)
                .header(KEY, key)
                .body(webComplaintWith("channel", "WALK_IN"))
                .post("/complaints")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo(KEY));
    }

    @Test
    void aKeyIsForgottenOnceItsWindowIsOver() {
        String key = UUID.randomUUID().toString();
        String first = file(key, webComplaint()).path("trackingNumber");

        PinnedClock.pinAt(PinnedClock.now().toInstant().plus(Duration.ofHours(24)));
        var later = file(key, webComplaint());

        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.jsonPath().getString("trackingNumber")).isNotEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from submission_key where tracking_number = ?", Long.class, first))
                .isZero();
    }

    @Test
    void aKeyThatIsNoKeyIsRefusedNamingTheHeader() {
        var before = rowCounts();

        for (String wrong : List.of("k".repeat(256), "two words")) {
            api.anonymous()
                    .header(KEY, wrong)
                    .body(webComplaint())
                    .post("/complaints")
                    .then()
                    .spec(invalidField(KEY, "constraint.idempotency-key"));
        }

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void twoConcurrentIdenticalSubmissionsWithTheSameKeyFileExactlyOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        var before = rowCounts();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ExtractableResponse<Response>>> answers = List.of(
                    threads.submit(() -> {
                        start.await();
                        return file(key, webComplaint());
                    }),
                    threads.submit(() -> {
                        start.await();
                        return file(key, webComplaint());
                    }));
            start.countDown();
            var first = answers.get(0).get(60, TimeUnit.SECONDS);
            var second = answers.get(1).get(60, TimeUnit.SECONDS);

            assertThat(List.of(first.statusCode(), second.statusCode())).containsOnly(201);
            String number = first.jsonPath().getString("trackingNumber");
            assertThat(second.jsonPath().getString("trackingNumber")).isEqualTo(number);
            assertThat(second.jsonPath().getString("queryCode"))
                    .isEqualTo(first.jsonPath().getString("queryCode"));
            assertThat(jdbc.queryForObject(
                            "select count(*) from complaint where tracking_number = ?", Long.class, number))
                    .isEqualTo(1);
            assertThat(runtime.createProcessInstanceQuery()
                            .processInstanceBusinessKey(number)
                            .count())
                    .isEqualTo(1);
            assertThat(rowCounts().complaints()).isEqualTo(before.complaints() + 1);
            assertThat(rowCounts().processInstances()).isEqualTo(before.processInstances() + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    private ExtractableResponse<Response> file(String key, Map<String, Object> complaint) {
        return api.anonymous()
                .header(KEY, key)
                .body(complaint)
                .post("/complaints")
                .then()
                .extract();
    }
}
