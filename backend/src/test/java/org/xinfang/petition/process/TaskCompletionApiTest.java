package org.xinfang.petition.process;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Problems.notCandidate;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.OrganisationSetup;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;

/** How the API completes a case's task when others act on it too: claims, and two completions racing. */
class TaskCompletionApiTest extends ApiTest {

    /** A second clerk of the petition office, made by this test: the demo has only one. */
    private static final String SECOND_CLERK = "clerk.second";

    private static final String PETITION_OFFICE = "petition-640000";
    private static final Map<String, String> ACCEPT = Map.of("decision", "ACCEPT");

    @Autowired
    OrganisationSetup setup;

    @Autowired
    Organisation organisation;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void secondClerk() {
        if (organisation.staffMember(SECOND_CLERK).isEmpty()) {
            setup.addStaff(
                    SECOND_CLERK,
                    "信访办 第二位",
                    passwordEncoder.encode(Api.PASSWORD),
                    organisation.unit(PETITION_OFFICE).orElseThrow(),
                    EnumSet.of(Role.CLERK));
        }
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({CLERK + "," + SECOND_CLERK, CLERK + "," + CLERK})
    void twoTriagesOfTheSameCaseAtOnceGiveOneSuccessAndOneConflict(String first, String second) throws Exception {
        String number = complaints.file();

        List<ExtractableResponse<Response>> answers = atOnce(
                () -> complaints.post(first, number, "triage", ACCEPT).extract(),
                () -> complaints.post(second, number, "triage", ACCEPT).extract());

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsExactlyInAnyOrder(204, 409);
        ExtractableResponse<Response> loser = answers.stream()
                .filter(answer -> answer.statusCode() == 409)
                .findFirst()
                .orElseThrow();
        assertThat(loser.contentType()).startsWith("application/problem+json");
        // Which conflict depends on where the loser was when the winner committed: before the stage check, at the
        // row's version, at the claim, or reading the task as it closed (task.done).
        assertThat(loser.<String>path("code"))
                .isIn("case.not-at-stage", "concurrent-update", "task.claimed-by-other", "task.done");
        var detail = complaints.detail(number);
        assertThat(detail.getList("timeline.type")).containsExactly("REGISTERED", "ACCEPTED");
        assertThat(detail.getString("status")).isEqualTo("PENDING_DISPATCH");
        assertThat(detail.getList("openTasks.stage")).containsExactly("DISPATCH");
    }

    @Test
    void aTaskClaimedBySomeoneElseIsAConflict() {
        String number = complaints.file();
        taskService.claim(openTask(number, Stage.TRIAGE).getId(), SECOND_CLERK);

        complaints.post(CLERK, number, "triage", ACCEPT).spec(problem(409, "task.claimed-by-other"));

        assertThat(openTask(number, Stage.TRIAGE).getAssignee()).isEqualTo(SECOND_CLERK);
        assertThat(complaints.detail(number).getList("timeline.type")).containsExactly("REGISTERED");
    }

    @Test
    void whoeverClaimedTheTaskCompletesIt() {
        String number = complaints.file();
        taskService.claim(openTask(number, Stage.TRIAGE).getId(), SECOND_CLERK);

        complaints.act(SECOND_CLERK, number, "triage", ACCEPT);

        assertThat(complaints.detail(number).getString("timeline[-1].actor")).isEqualTo(SECOND_CLERK);
    }

    @Test
    void someoneWhoMayNotActIsForbiddenEvenWhenTheTaskIsClaimed() {
        // Forbidden comes first: someone who sees the case but may not act learns nothing of who is working on it.
        String number = complaints.file();
        taskService.claim(openTask(number, Stage.TRIAGE).getId(), SECOND_CLERK);

        complaints.post(INSPECTOR, number, "triage", ACCEPT).spec(notCandidate());
    }

    /** Sends both requests at the same moment, from two threads, and waits for both answers. */
    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.length);
        ExecutorService threads = Executors.newFixedThreadPool(requests.length);
        try {
            List<Future<T>> answers = Arrays.stream(requests)
                    .map(request -> threads.submit(() -> {
                        start.await(30, SECONDS);
                        return request.call();
                    }))
                    .toList();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(120, SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
