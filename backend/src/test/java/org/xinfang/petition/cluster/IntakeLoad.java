package org.xinfang.petition.cluster;

import static org.awaitility.Awaitility.await;
import static org.xinfang.petition.support.Complaints.webComplaint;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

/**
 * Citizens filing at once, each filing with an {@code Idempotency-Key} of its own and every other one with a small
 * attachment, for as long as the load runs. Every filing is kept with its answer, or with none when the node did
 * not answer (it was killed while the request was in flight), so that it can be sent again.
 */
final class IntakeLoad {

    private static final Upload ATTACHMENT =
            new Upload("现场说明.txt", "3月5日上午在派出所窗口办理户籍业务，民警态度恶劣。".getBytes(StandardCharsets.UTF_8));

    private final int clients;
    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger counter = new AtomicInteger();
    private final Queue<Filing> filings = new ConcurrentLinkedQueue<>();

    IntakeLoad(int clients) {
        this.clients = clients;
        this.threads = Executors.newFixedThreadPool(clients);
    }

    /** One filing; {@code status} 0 when no answer came. */
    record Filing(String key, boolean withAttachment, int status, String trackingNumber, String queryCode) {

        boolean acknowledged() {
            return status / 100 == 2;
        }

        /** Sends the same request again, with the same key. */
        ExtractableResponse<Response> retry(Api api) {
            return send(api, key, withAttachment);
        }
    }

    void start(Api api) {
        for (int i = 0; i < clients; i++) {
            threads.execute(() -> {
                while (running.get()) {
                    filings.add(file(api));
                }
            });
        }
    }

    /** Waits until the node has acknowledged the given number of filings. */
    void awaitAcknowledged(int count) {
        await("acknowledged filings")
                .atMost(Duration.ofMinutes(3))
                .until(() -> filings.stream().filter(Filing::acknowledged).count() >= count);
    }

    /** No client sends another request; those in flight go on. */
    void stopSending() {
        running.set(false);
    }

    /** Waits for the requests in flight to end, answered or not, and returns every filing. */
    List<Filing> finish() throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("filings still in flight after 2 minutes");
        }
        return List.copyOf(filings);
    }

    private Filing file(Api api) {
        String key = UUID.randomUUID().toString();
        boolean withAttachment = counter.incrementAndGet() % 2 == 0;
        try {
            var answer = send(api, key, withAttachment);
            return new Filing(
                    key,
                    withAttachment,
                    answer.statusCode(),
                    answer.jsonPath().getString("trackingNumber"),
                    answer.jsonPath().getString("queryCode"));
        } catch (Exception noAnswer) {
            // Refused, reset or cut off mid-answer: the node went down with the request in flight. (REST Assured
            // throws the client's IOException undeclared, so the catch must be this wide.)
            return new Filing(key, withAttachment, 0, null, null);
        }
    }

    private static ExtractableResponse<Response> send(Api api, String key, boolean withAttachment) {
        var request = api.anonymous().header("Idempotency-Key", key);
        return withAttachment
                ? Uploads.fileWith(request, webComplaint(), List.of(ATTACHMENT)).extract()
                : request.body(webComplaint()).post("/complaints").then().extract();
    }
}
