package org.xinfang.petition.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 投诉登记 by citizens: each of {@code bench.clients} concurrent users files one complaint (JSON, or with
 * {@code bench.attachment=true} multipart with a small text file) and is replaced by the next, for
 * {@code bench.seconds}; or, with {@code bench.rate}, citizens arrive at that many a second whatever the answers
 * take (an open model: the latency at a given throughput). Every filing has its own client address (X-Forwarded-For: the application must trust
 * the loopback proxy, PETITION_TRUSTED_PROXIES) and Idempotency-Key. The filed cases are appended to
 * {@link BenchSettings#filedCases()} for the staff and read simulations.
 */
public class IntakeSimulation extends Simulation {

    private static final byte[] EVIDENCE =
            "现场情况说明：3月5日上午10时，某派出所窗口。\n".repeat(20).getBytes(StandardCharsets.UTF_8);

    private final AtomicLong citizens = new AtomicLong(BenchSettings.firstCitizen());
    private final Queue<String> filed = new ConcurrentLinkedQueue<>();

    {
        boolean attachment = Boolean.getBoolean("bench.attachment");
        String name = attachment ? "file with attachment" : "file";
        ScenarioBuilder citizen = scenario("intake")
                .exec(session -> session.set("n", citizens.incrementAndGet()))
                .exec(withBody(
                                http(name)
                                        .post("/api/v1/complaints")
                                        .header(
                                                "X-Forwarded-For",
                                                session -> Citizens.clientAddress(session.getLong("n")))
                                        .header("Idempotency-Key", session -> "bench-" + session.getLong("n")),
                                attachment)
                        .check(
                                status().is(201),
                                jsonPath("$.trackingNumber").saveAs("trackingNumber"),
                                jsonPath("$.queryCode").saveAs("queryCode")))
                .exitHereIfFailed()
                .exec(session -> {
                    filed.add(session.getString("trackingNumber") + "," + session.getString("queryCode") + ","
                            + Citizens.county(session.getLong("n")).region());
                    return session;
                });
        setUp(
                        BenchSettings.rate() > 0
                                ? citizen.injectOpen(constantUsersPerSec(BenchSettings.rate())
                                        .during(BenchSettings.duration()))
                                : citizen.injectClosed(constantConcurrentUsers(BenchSettings.clients())
                                        .during(BenchSettings.duration())))
                .protocols(http.baseUrl(BenchSettings.baseUrl())
                        .acceptHeader("application/json")
                        .shareConnections());
    }

    private static HttpRequestActionBuilder withBody(HttpRequestActionBuilder request, boolean attachment) {
        if (!attachment) {
            return request.header("Content-Type", "application/json")
                    .body(StringBody(session -> Citizens.complaintJson(session.getLong("n"))));
        }
        return request.asMultipartForm()
                .bodyPart(StringBodyPart("complaint", session -> Citizens.complaintJson(session.getLong("n")))
                        .contentType("application/json")
                        .charset("UTF-8"))
                .bodyPart(ByteArrayBodyPart("files", EVIDENCE)
                        .fileName("evidence.txt")
                        .contentType("text/plain")
                        .charset("UTF-8"));
    }

    @Override
    public void after() {
        try {
            Files.createDirectories(BenchSettings.filedCases().toAbsolutePath().getParent());
            Files.write(BenchSettings.filedCases(), filed, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
