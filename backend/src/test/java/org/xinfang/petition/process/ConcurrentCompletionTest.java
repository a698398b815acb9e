package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.WebappSession;

/**
 * Twenty people complete the same task at the same moment, through our API and through the webapps' engine API,
 * fifty times each on the test database (MariaDB in CI): exactly one succeeds and every other one is told 409,
 * never 500 and never a misleading 403 or 404. The rounds go through triage, the reply and the callback, the steps
 * where races were seen. A loser is no error: nothing is logged as one, and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentCompletionTest extends ApiTest {

    private static final int AT_ONCE = 20;
    private static final int ROUNDS = 50;
    private static final String REPLY = "经调查核实，已责成派出所整改。";

    @LocalServerPort
    private int port;

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(AT_ONCE);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void throughOurApiOneWinsAndTheOthersAreToldConflict(CapturedOutput log) throws Exception {
        List<Round> rounds = List.of(
                new Round(Stage.TRIAGE, complaints::file, CLERK, "triage", Map.of("decision", "ACCEPT")),
                new Round(Stage.HANDLING, complaints::signedFor, XINGQING_HANDLER, "reply", Map.of("text", REPLY)),
                new Round(
                        Stage.CALLBACK,
                        complaints::awaitingCallback,
                        CLERK,
                        "callback",
                        Map.of("result", "SATISFIED")));
        for (int round = 0; round < ROUNDS; round++) {
            Round step = rounds.get(round % rounds.size());
            String number = step.caseAtStage().get();
            Map<Integer, Integer> answers = atOnce(who -> complaints
                    .post(step.login(), number, step.action(), step.body())
                    .extract()
                    .response());
            assertOneWinnerAndConflicts("our API, round " + round + " at " + step.stage(), answers, 204);
        }
        assertNoErrorLogged(log);
    }

    @Test
    void throughTheWebappsEngineApiOneWinsAndTheOthersAreToldConflict(CapturedOutput log) throws Exception {
        Map<String, List<WebappSession>> sessions =
                Map.of(CLERK, logIn(CLERK), XINGQING_HANDLER, logIn(XINGQING_HANDLER));
        List<Round> rounds = List.of(
                new Round(Stage.TRIAGE, complaints::file, CLERK, null, Map.of("triageDecision", "ACCEPT")),
                new Round(Stage.HANDLING, complaints::signedFor, XINGQING_HANDLER, null, Map.of("replyText", REPLY)),
                new Round(
                        Stage.CALLBACK,
                        complaints::awaitingCallback,
                        CLERK,
                        null,
                        Map.of("callbackResult", "SATISFIED")));
        for (int round = 0; round < ROUNDS; round++) {
            Round step = rounds.get(round % rounds.size());
            String task = openTask(step.caseAtStage().get(), step.stage()).getId();
            Map<String, Object> form = new HashMap<>();
            step.body().forEach((field, value) -> form.put(field, Map.of("value", value)));
            List<WebappSession> users = sessions.get(step.login());
            Map<Integer, Integer> answers = atOnce(who ->
                    users.get(who).enginePost().body(Map.of("variables", form)).post("/task/{id}/submit-form", task));
            assertOneWinnerAndConflicts("the webapps, round " + round + " at " + step.stage(), answers, 204);
        }
        assertNoErrorLogged(log);
    }

    /** Sends twenty requests released at one instant; the count of answers by status. */
    private Map<Integer, Integer> atOnce(Function<Integer, Response> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> sent = new ArrayList<>();
        for (int who = 0; who < AT_ONCE; who++) {
            int sender = who;
            Callable<Response> send = () -> {
                ready.countDown();
                go.await();
                return request.apply(sender);
            };
            sent.add(pool.submit(send));
        }
        ready.await();
        go.countDown();
        Map<Integer, Integer> answers = new TreeMap<>();
        for (Future<Response> answer : sent) {
            Response response = answer.get();
            answers.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 409) {
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        return answers;
    }

    private static void assertOneWinnerAndConflicts(String where, Map<Integer, Integer> answers, int success) {
        assertThat(answers).as("answers by status, %s", where).isEqualTo(Map.of(success, 1, 409, AT_ONCE - 1));
    }

    private static void assertNoErrorLogged(CapturedOutput log) {
        assertThat(log.getOut().lines())
                .as("the log")
                .noneMatch(line -> line.contains(" ERROR "))
                .noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
        assertThat(log.getOut().lines().filter(line -> line.contains("Concurrent change")))
                .allMatch(line -> line.contains(" WARN "));
    }

    private List<WebappSession> logIn(String login) {
        return IntStream.range(0, AT_ONCE)
                .mapToObj(who -> {
                    WebappSession session = new WebappSession(port);
                    session.logIn("tasklist", login, Api.PASSWORD).then().statusCode(200);
                    return session;
                })
                .toList();
    }

    /** A case brought to a stage, and who completes its task with what. */
    private record Round(
            Stage stage, Supplier<String> caseAtStage, String login, String action, Map<String, Object> body) {}
}
