package org.xinfang.petition.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.util.function.Function;

/**
 * Staff work on filed cases through our API: each of {@code bench.clients} concurrent users takes the next filed
 * case through 受理研判 (clerk), 派单 to the county's bureau (clerk), 签收 and 答复 (the bureau's handler),
 * 审核答复 (its leader) and 回访 (clerk), then the next user takes the next case. Staff authenticate with a
 * bearer token, as API clients should ({@link StaffTokens}).
 */
public class StaffSimulation extends Simulation {

    {
        ScenarioBuilder staff = scenario("staff")
                .feed(FiledCases.once())
                .exec(step("triage", session -> "clerk", "{\"decision\": \"ACCEPT\"}"))
                .exec(step("dispatch", session -> "clerk", "{\"bureau\": \"psb-#{region}\"}"))
                .exec(step("sign-for", session -> session.getString("handler"), "{}"))
                .exec(step("reply", session -> session.getString("handler"), "{\"text\": \"经调查，已对相关民警进行批评教育。\"}"))
                .exec(step("reply-approval", session -> session.getString("leader"), "{\"approved\": true}"))
                .exec(step("callback", session -> "clerk", "{\"result\": \"SATISFIED\"}"));
        setUp(staff.injectClosed(
                        constantConcurrentUsers(BenchSettings.clients()).during(BenchSettings.duration())))
                .protocols(http.baseUrl(BenchSettings.baseUrl())
                        .acceptHeader("application/json")
                        .contentTypeHeader("application/json")
                        .shareConnections());
    }

    @Override
    public void before() {
        StaffTokens.issueBeforeTheRun("clerk");
    }

    /**
     * One step as one API request. The session cookie that the application sets is dropped first: a request that
     * carries it counts as the browser's and would need a CSRF token; and a stale step ends the case's chain.
     */
    private static ChainBuilder step(String name, Function<Session, String> login, String body) {
        return exec(flushCookieJar())
                .exec(http(name)
                        .post("/api/v1/complaints/#{trackingNumber}/" + name)
                        .header("Authorization", session -> StaffTokens.bearer(login.apply(session)))
                        .body(StringBody(body))
                        .check(status().is(204)))
                .exitHereIfFailed();
    }
}
