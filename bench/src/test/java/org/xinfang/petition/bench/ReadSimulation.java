package org.xinfang.petition.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Reads, mixed: the citizen's 进度查询 (from a client address of its own each time), the inspectors' 督办看板,
 * the work queue of the petition office's clerk and of a bureau's handler, and the case list. Each of
 * {@code bench.clients} concurrent users does one and is replaced by the next.
 */
public class ReadSimulation extends Simulation {

    private final AtomicLong lookups = new AtomicLong(BenchSettings.firstCitizen());

    {
        ScenarioBuilder reader = scenario("reads")
                .feed(FiledCases.anyOf())
                .randomSwitch()
                .on(
                        percent(20)
                                .then(http("lookup")
                                        .post("/api/v1/lookup")
                                        .header(
                                                "X-Forwarded-For",
                                                session -> Citizens.clientAddress(lookups.incrementAndGet()))
                                        .body(
                                                StringBody(
                                                        "{\"trackingNumber\": \"#{trackingNumber}\", \"queryCode\": \"#{queryCode}\"}"))
                                        .check(status().is(200))),
                        percent(20).then(get("board", "/api/v1/supervision/board", session -> "inspector")),
                        percent(20).then(get("work queue (clerk)", "/api/v1/work-queue", session -> "clerk")),
                        percent(20)
                                .then(get(
                                        "work queue (handler)",
                                        "/api/v1/work-queue",
                                        session -> session.getString("handler"))),
                        percent(20).then(get("case list", "/api/v1/complaints", session -> "clerk")));
        setUp(reader.injectClosed(
                        constantConcurrentUsers(BenchSettings.clients()).during(BenchSettings.duration())))
                .protocols(http.baseUrl(BenchSettings.baseUrl())
                        .acceptHeader("application/json")
                        .contentTypeHeader("application/json")
                        .shareConnections());
    }

    @Override
    public void before() {
        StaffTokens.issueBeforeTheRun("clerk", "inspector");
    }

    private static HttpRequestActionBuilder get(String name, String path, Function<Session, String> login) {
        return http(name)
                .get(path)
                .header("Authorization", session -> StaffTokens.bearer(login.apply(session)))
                .check(status().is(200));
    }
}
