package org.xinfang.petition.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.AtOnce;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.WebappSession;

/**
 * AB岗: a member records an absence with a colleague of the same unit and roles; the tasks they had taken go to
 * the substitute when it starts (once, whichever node gets there), in the engine, so the substitute completes them
 * in Tasklist as in our API; the case's timeline says who acts for whom; the member's notifications reach the
 * substitute while it lasts. Every account here is made for the test, so no other test's tasks move.
 */
class AbsenceTest extends ApiTest {

    static final String PASSWORD = "Ab-gang-pass-2026";

    @Autowired
    TaskService tasks;

    @Autowired
    Absences absences;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void resetTheClock() {
        time.reset();
    }

    /**
     * The same absence recorded several times at once (a double click, two tabs): one is recorded, the others find
     * it and are refused as overlapping, never a second absence and never 500.
     */
    @RepeatedTest(3)
    void absencesRecordedAtOnceForOneMemberAreOneAbsence() throws Exception {
        String member = newStaff(XINGQING, "HANDLER");
        String colleague = newStaff(XINGQING, "HANDLER");
        Map<String, Object> absence =
                Map.of("substitute", colleague, "endsAt", time.now().plus(Duration.ofDays(3)), "reason", "休假");

        List<Integer> statuses =
                AtOnce.fire(4, () -> record(member, absence).extract().statusCode());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.queryForObject("select count(*) from staff_absence where username = ?", Integer.class, member))
                .isOne();
    }

    @Test
    void anAbsenceNeedsAColleagueOfTheSameUnitAndRolesAnEndAndAReason() {
        String member = newStaff(XINGQING, "HANDLER");
        String colleague = newStaff(XINGQING, "HANDLER");
        Instant now = time.now();

        record(member, Map.of("substitute", XINGQING_LEADER, "endsAt", now.plus(Duration.ofDays(3)), "reason", "休假"))
                .spec(invalidField("substitute", "constraint.not-a-substitute"));
        record(member, Map.of("substitute", "handler.jinfeng", "endsAt", now.plus(Duration.ofDays(3)), "reason", "休假"))
                .spec(invalidField("substitute", "constraint.not-a-substitute"));
        record(member, Map.of("substitute", member, "endsAt", now.plus(Duration.ofDays(3)), "reason", "休假"))
                .spec(invalidField("substitute", "constraint.not-a-substitute"));
        record(member, Map.of("substitute", colleague, "endsAt", now.minus(Duration.ofDays(1)), "reason", "休假"))
                .spec(invalidField("endsAt", "constraint.absence-ends-after-start"));
        record(member, Map.of("substitute", colleague, "endsAt", now.plus(Duration.ofDays(3))))
                .spec(invalidField("reason", "constraint.NotBlank"));

        record(member, Map.of("substitute", colleague, "endsAt", now.plus(Duration.ofDays(3)), "reason", "休假"))
                .statusCode(201)
                .body("substitute", equalTo(colleague));
        record(member, Map.of("substitute", colleague, "endsAt", now.plus(Duration.ofDays(5)), "reason", "再休"))
                .statusCode(409)
                .body("code", equalTo("absence.overlaps"));
        as(colleague).get("/absences").then().statusCode(200).body("username", equalTo(List.of(member)));
    }

    @Test
    void theTaskTheMemberTookGoesToTheSubstituteWhoCompletesItInTasklistAndTheTimelineSaysForWhom() {
        String member = newStaff(XINGQING, "HANDLER");
        String substitute = newStaff(XINGQING, "HANDLER");
        String number = complaints.dispatched();
        Task signFor = task(number);
        tasks.claim(signFor.getId(), member);

        record(member, Map.of("substitute", substitute, "endsAt", time.now().plus(Duration.ofDays(2)), "reason", "病假"))
                .statusCode(201);

        assertThat(task(number).getAssignee()).isEqualTo(substitute);
        assertThat(complaints.detail(number).getString("timeline.find { it.type == 'ACTING_FOR' }.comment"))
                .startsWith(substitute + " acts for " + member);
        WebappSession tasklist = new WebappSession(port);
        tasklist.logIn("tasklist", substitute, PASSWORD).then().statusCode(200);
        tasklist.enginePost()
                .body(Map.of("variables", Map.of("signForDecision", Map.of("value", "SIGN_FOR"))))
                .post("/task/{id}/complete", signFor.getId())
                .then()
                .statusCode(204);
        assertThat(complaints.detail(number).getString("status")).isEqualTo("IN_HANDLING");
    }

    @Test
    void anAbsenceThatStartsLaterIsHandedOverOnceWhenItStarts() {
        String member = newStaff(XINGQING, "HANDLER");
        String substitute = newStaff(XINGQING, "HANDLER");
        String number = complaints.dispatched();
        tasks.claim(task(number).getId(), member);
        Instant starts = time.now().plus(Duration.ofDays(1));

        record(
                        member,
                        Map.of(
                                "substitute",
                                substitute,
                                "startsAt",
                                starts,
                                "endsAt",
                                starts.plus(Duration.ofDays(2)),
                                "reason",
                                "出差"))
                .statusCode(201);
        assertThat(task(number).getAssignee()).as("not yet away").isEqualTo(member);

        time.stopAt(starts.plus(Duration.ofMinutes(1)));
        assertThat(absences.handOverDue()).isPositive();
        assertThat(task(number).getAssignee()).isEqualTo(substitute);
        assertThat(absences.handOverDue()).as("handed over once").isZero();
    }

    @Test
    void whileAClerkIsAwayWhatTheyAreToldReachesTheSubstitute() {
        String owner = newStaff("petition-640000", "CLERK");
        String substitute = newStaff("petition-640000", "CLERK");
        String number = complaints.file();
        as(owner)
                .body(Map.of("decision", "ACCEPT"))
                .post("/complaints/{n}/triage", number)
                .then()
                .statusCode(204);
        complaints.dispatch(number);
        record(owner, Map.of("substitute", substitute, "endsAt", time.now().plus(Duration.ofDays(2)), "reason", "培训"))
                .statusCode(201);

        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", "经调查核实，已依法处理。"));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));

        assertThat(typesTold(owner, number)).contains("REPLIED");
        assertThat(typesTold(substitute, number))
                .as("the owner's notice, to who stands in")
                .contains("REPLIED");
    }

    List<String> typesTold(String login, String number) {
        return as(login)
                .queryParam("size", 200)
                .get("/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("content.findAll { it.message.contains('" + number + "') }.type");
    }

    Task task(String number) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(Stage.SIGN_FOR.taskKey())
                .singleResult();
    }

    ValidatableResponse record(String login, Map<String, Object> absence) {
        Map<String, Object> body = new HashMap<>(absence);
        body.replaceAll((key, value) -> value instanceof Instant instant ? instant.toString() : value);
        return as(login).body(body).post("/absences").then();
    }

    RequestSpecification as(String login) {
        return api.anonymous().auth().preemptive().basic(login, PASSWORD);
    }

    /** A staff member made by the administrator for this test, so no other test's tasks or notices move. */
    String newStaff(String unit, String role) {
        String username = "t." + UUID.randomUUID().toString().substring(0, 12);
        api.as(ADMIN)
                .body(Map.of(
                        "username", username,
                        "displayName", "测试 " + username,
                        "unit", unit,
                        "roles", List.of(role),
                        "password", PASSWORD))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        return username;
    }
}
