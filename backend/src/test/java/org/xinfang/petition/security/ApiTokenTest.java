package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.OrganisationSetup;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PinnedClock;

/**
 * Bearer tokens for staff API clients: issued for the password, checked without it on every door that takes HTTP
 * Basic, and refused as wrong credentials are once expired, idle too long, revoked, or no longer their user's.
 */
class ApiTokenTest extends ApiTest {

    private static final String PASSWORD = "token-pass";
    private static final int AT_ONCE = 32;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    Organisation organisation;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenIssuedForThePasswordAuthenticatesWithoutItAndOnlyItsKeyedHashIsStored() {
        Response issued = api.as(Logins.CLERK).post("/session/tokens");
        issued.then().statusCode(201).body("tokenType", equalTo("Bearer")).body("idleTimeoutSeconds", equalTo(1800));
        String token = issued.jsonPath().getString("token");

        assertThat(token).startsWith("xft_").hasSizeGreaterThanOrEqualTo(4 + 43);
        bearer(token).get("/work-queue").then().statusCode(200);
        bearer(token).get("/session").then().statusCode(200).body("username", equalTo(Logins.CLERK));
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff_api_token where token_hash = ? or password_stamp = ?",
                        Integer.class,
                        token,
                        token))
                .isZero();
        assertThat(audited("API_TOKEN_ISSUED", Logins.CLERK)).isPositive();
    }

    @Test
    void theEngineRestApiTakesATokenUnderItsOwnRules() {
        api.engineRest()
                .auth()
                .oauth2(issue(Logins.ADMIN))
                .get("/engine")
                .then()
                .statusCode(200);
        api.engineRest()
                .auth()
                .oauth2(issue(Logins.CLERK))
                .get("/engine")
                .then()
                .spec(problem(403, "access-denied"));
        api.engineRest().auth().oauth2("xft_not-a-token").get("/engine").then().spec(unauthenticated());
    }

    @Test
    void aWrongTokenIsRefusedExactlyAsWrongCredentialsAre() {
        assertThat(answer(bearer("xft_" + "A".repeat(43))))
                .isEqualTo(answer(api.anonymous().auth().preemptive().basic(Logins.CLERK, "wrong")))
                .startsWith("401");
        bearer("").get("/work-queue").then().spec(unauthenticated());
    }

    @Test
    void aTokenLapsesWhenIdleAndExpiresAfterItsLifetimeHoweverMuchItIsUsed() {
        String idle = issue(Logins.CLERK);
        PinnedClock.pinAt(PinnedClock.BASE.plus(Duration.ofMinutes(31)));
        bearer(idle).get("/work-queue").then().spec(unauthenticated());

        PinnedClock.pinAt(PinnedClock.BASE);
        String used = issue(Logins.CLERK);
        Duration at = Duration.ZERO;
        for (at = at.plusMinutes(25); at.compareTo(Duration.ofHours(8)) < 0; at = at.plusMinutes(25)) {
            PinnedClock.pinAt(PinnedClock.BASE.plus(at));
            bearer(used).get("/work-queue").then().statusCode(200);
        }
        PinnedClock.pinAt(PinnedClock.BASE.plus(Duration.ofHours(8)).plusSeconds(60));
        bearer(used).get("/work-queue").then().spec(unauthenticated());
    }

    @Test
    void aClientRevokesItsTokenOrAllOfThemAndTheRevocationIsAudited() {
        String token = issue(Logins.CLERK);
        bearer(token).delete("/session/tokens/current").then().statusCode(204);
        bearer(token).get("/work-queue").then().spec(unauthenticated());
        api.as(Logins.CLERK).delete("/session/tokens/current").then().spec(problem(403, "api-token-needs-token"));

        List<String> tokens = List.of(issue(Logins.CLERK), issue(Logins.CLERK));
        api.as(Logins.CLERK).delete("/session/tokens").then().statusCode(204);
        tokens.forEach(revoked -> bearer(revoked).get("/work-queue").then().spec(unauthenticated()));
        assertThat(audited("API_TOKEN_REVOKED", Logins.CLERK)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTokenCannotIssueAnother() {
        bearer(issue(Logins.CLERK)).post("/session/tokens").then().spec(problem(403, "api-token-needs-password"));
    }

    @Test
    void aTokenStopsAtOnceWhenItsUserIsDisabledLockedOrChangesTheirPassword() {
        String disabled = newStaffMember("token-disabled.");
        String locked = newStaffMember("token-locked.");
        String changed = newStaffMember("token-changed.");
        List<String> tokens = List.of(issueFor(disabled), issueFor(locked), issueFor(changed));
        tokens.forEach(token -> bearer(token).get("/work-queue").then().statusCode(200));

        jdbc.update("update staff_user set enabled = false where username = ?", disabled);
        for (int attempt = 1; attempt <= 5; attempt++) {
            api.anonymous()
                    .auth()
                    .preemptive()
                    .basic(locked, "wrong")
                    .get("/work-queue")
                    .then()
                    .statusCode(401);
        }
        jdbc.update(
                "update staff_user set password_hash = ? where username = ?", passwords.encode("new-pass"), changed);

        tokens.forEach(token -> bearer(token).get("/work-queue").then().spec(unauthenticated()));
        api.engineRest().auth().oauth2(tokens.get(0)).get("/engine").then().spec(unauthenticated());
    }

    @Test
    void manyRequestsWithOneTokenAtOnceAreAllServed() throws Exception {
        String token = issue(Logins.CLERK);
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int round = 1; round <= 3; round++) {
                // Each round a few minutes later, so that every request of it would record the token's use.
                PinnedClock.pinAt(PinnedClock.BASE.plus(Duration.ofMinutes(5L * round)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    answers.add(threads.submit(() -> {
                        start.await();
                        return bearer(token).get("/work-queue").statusCode();
                    }));
                }
                start.countDown();
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo(200);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private RequestSpecification bearer(String token) {
        return api.anonymous().header("Authorization", "Bearer " + token);
    }

    private String issue(String login) {
        return api.as(login)
                .post("/session/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
    }

    private String issueFor(String login) {
        return api.anonymous()
                .auth()
                .preemptive()
                .basic(login, PASSWORD)
                .post("/session/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
    }

    private static String answer(RequestSpecification request) {
        Response answer = request.get("/work-queue");
        return answer.statusCode() + " " + answer.header("WWW-Authenticate") + " " + answer.asString();
    }

    private int audited(String action, String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = ? and actor = ?", Integer.class, action, actor);
    }

    private String newStaffMember(String prefix) {
        String username = prefix + System.nanoTime();
        transactions.executeWithoutResult(status -> setup.addStaff(
                username,
                "令牌测试",
                passwords.encode(PASSWORD),
                organisation.unit("petition-640000").orElseThrow(),
                EnumSet.of(Role.CLERK)));
        return username;
    }
}
