package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.JINFENG_REGION;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.operaton.bpm.engine.task.Task;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.WebappSession;

/**
 * With the engine's authorizations on, Cockpit, Tasklist and Admin show each staff member only what the engine
 * grants them: a bureau's handler works on their bureau's tasks in Tasklist and sees nothing else; the
 * administrator sees everything.
 */
class WebappLockdownTest extends ApiTest {

    private static final int TASKS_A_PAGE = 100;

    @LocalServerPort
    private int port;

    private String ours;
    private String theirs;

    @BeforeEach
    void twoBureausCases() {
        ours = complaints.dispatchedIn(XINGQING_REGION);
        theirs = complaints.dispatchedIn(JINFENG_REGION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/process-instance", "/task", "/history/process-instance", "/variable-instance"})
    void theWebappsEngineApiRefusesAnonymousCalls(String path) {
        new WebappSession(port).engine().get(path).then().statusCode(anyOf(is(401), is(403)));
    }

    @Test
    void aHandlerMayUseTasklistOnly() {
        // Welcome is every user's start page with their own profile; it shows no process data.
        new WebappSession(port)
                .logIn("tasklist", XINGQING_HANDLER, Api.PASSWORD)
                .then()
                .statusCode(200)
                .body("authorizedApps", containsInAnyOrder("tasklist", "welcome"));

        new WebappSession(port)
                .logIn("cockpit", XINGQING_HANDLER, Api.PASSWORD)
                .then()
                .statusCode(403);
        new WebappSession(port)
                .logIn("admin", XINGQING_HANDLER, Api.PASSWORD)
                .then()
                .statusCode(403);
    }

    @Test
    void aHandlerSeesTheTasksOfTheirBureauOnly() {
        WebappSession tasklist = handlerInTasklist();

        tasklist.engine()
                .queryParam("processInstanceBusinessKeyIn", ours + "," + theirs)
                .get("/task")
                .then()
                .statusCode(200)
                .body("taskDefinitionKey", contains(Stage.SIGN_FOR.taskKey()))
                .body("id", contains(openTask(ours, Stage.SIGN_FOR).getId()));
        // Another bureau's task is, to the handler, no task at all.
        tasklist.engine()
                .get("/task/{id}", openTask(theirs, Stage.SIGN_FOR).getId())
                .then()
                .statusCode(404);
    }

    @Test
    void theOfficerComplainedAboutIsNotShownTheCasesTaskInTasklist() {
        Map<String, Object> aboutTheHandler =
                Complaints.webComplaintWith("accused", Map.of("officer", XINGQING_HANDLER));
        String number = complaints.dispatch(
                complaints.accept(complaints.file(aboutTheHandler).getString("trackingNumber")));
        WebappSession tasklist = handlerInTasklist();

        tasklist.engine()
                .queryParam("processInstanceBusinessKey", number)
                .get("/task")
                .then()
                .statusCode(200)
                .body("", empty());
        tasklist.engine()
                .get("/task/{id}", openTask(number, Stage.SIGN_FOR).getId())
                .then()
                .statusCode(404);
    }

    @Test
    void aHandlerCannotReadProcessInstancesTheirHistoryOrVariables() {
        WebappSession tasklist = handlerInTasklist();
        // Tasklist needs none of this: refused alike for another bureau's case and for the handler's own, so that the
        // answer tells nothing of which cases exist.
        for (String number : List.of(theirs, ours)) {
            String instance = openTask(number, Stage.SIGN_FOR).getProcessInstanceId();
            tasklist.engine().get("/process-instance/{id}", instance).then().statusCode(403);
            tasklist.engine()
                    .get("/process-instance/{id}/variables", instance)
                    .then()
                    .statusCode(403);
            tasklist.engine()
                    .queryParam("businessKey", number)
                    .get("/process-instance")
                    .then()
                    .statusCode(403);
            tasklist.engine()
                    .queryParam("processInstanceBusinessKey", number)
                    .get("/history/process-instance")
                    .then()
                    .statusCode(403);
        }
        tasklist.engine()
                .queryParam(
                        "processInstanceIdIn", openTask(theirs, Stage.SIGN_FOR).getProcessInstanceId())
                .get("/variable-instance")
                .then()
                .statusCode(200)
                .body("", empty());
    }

    @Test
    void aHandlerClaimsAndCompletesTheirSignForTaskInTasklist() {
        WebappSession tasklist = handlerInTasklist();
        String task = openTask(ours, Stage.SIGN_FOR).getId();

        tasklist.enginePost()
                .body(Map.of("userId", XINGQING_HANDLER))
                .post("/task/{id}/claim", task)
                .then()
                .statusCode(204);
        tasklist.enginePost()
                .body(Map.of("variables", Map.of("signForDecision", Map.of("value", "SIGN_FOR"))))
                .post("/task/{id}/complete", task)
                .then()
                .statusCode(204);

        assertThat(complaints.detail(ours).getString("status")).isEqualTo("IN_HANDLING");
    }

    /** The calls Tasklist itself makes to show a handler their tasks and let them work on one, as a browser sends them. */
    @Test
    void everyCallTasklistMakesForAHandlersOwnTaskIsAnswered() {
        WebappSession tasklist = handlerInTasklist();
        String task = openTask(ours, Stage.SIGN_FOR).getId();
        String filter = tasklist.engine()
                .get("/filter")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");

        tasklist.engine().get("/user/{id}/profile", XINGQING_HANDLER).then().statusCode(200);
        tasklist.engine().get("/filter/count").then().statusCode(200);
        assertThat(everyTask(
                        () -> tasklist.enginePost()
                                .accept("application/hal+json")
                                .body(Map.of()),
                        list -> list.post("/filter/{id}/list", filter),
                        "_embedded.task.id"))
                .contains(task);
        tasklist.engine().get("/task/{id}", task).then().statusCode(200);
        tasklist.engine().get("/task/{id}/form", task).then().statusCode(200);
        tasklist.engine().get("/task/{id}/deployed-form", task).then().statusCode(200);
        tasklist.engine().get("/task/{id}/form-variables", task).then().statusCode(200);
        tasklist.engine().get("/task/{id}/identity-links", task).then().statusCode(200);
        tasklist.engine()
                .queryParam("taskId", task)
                .get("/history/user-operation")
                .then()
                .statusCode(200);
        tasklist.engine()
                .queryParam("taskId", task)
                .get("/history/user-operation/count")
                .then()
                .statusCode(200);
        tasklist.engine().queryParam("taskId", task).get("/history/task").then().statusCode(200);
    }

    @Test
    void anExpressionInAnAdHocTaskQueryIsRefused() {
        WebappSession tasklist = handlerInTasklist();

        tasklist.engine()
                .queryParam("assignee", XINGQING_HANDLER)
                .get("/task")
                .then()
                .statusCode(200);
        tasklist.engine()
                .queryParam("assigneeExpression", "${currentUser()}")
                .get("/task")
                .then()
                .statusCode(400)
                .body("code", equalTo("engine.bad-request"));
    }

    @Test
    void tasklistsAllTasksFilterShowsAHandlerTheirBureausTasksOnly() {
        WebappSession tasklist = handlerInTasklist();
        String filter = tasklist.engine()
                .get("/filter")
                .then()
                .statusCode(200)
                .body("name", contains("\u6240\u6709\u4efb\u52a1 / All tasks"))
                .extract()
                .path("[0].id");

        List<String> listed = everyTask(tasklist::engine, list -> list.get("/filter/{id}/list", filter), "id");

        assertThat(listed)
                .contains(openTask(ours, Stage.SIGN_FOR).getId())
                .doesNotContain(openTask(theirs, Stage.SIGN_FOR).getId());
    }

    @Test
    void aFilterWithAnExpressionIsRefusedEvenToTheAdministrator() {
        administratorIn("tasklist")
                .enginePost()
                .body(Map.of(
                        "resourceType",
                        "Task",
                        "name",
                        "mine",
                        "query",
                        Map.of("assigneeExpression", "${currentUser()}")))
                .post("/filter/create")
                .then()
                .statusCode(400)
                .body("code", equalTo("engine.bad-request"));
    }

    @Test
    void theAdministratorSeesEveryBureausCasesInCockpit() {
        WebappSession cockpit = administratorIn("cockpit");
        Task theirTask = openTask(theirs, Stage.SIGN_FOR);

        cockpit.engine()
                .queryParam("processInstanceBusinessKeyIn", ours + "," + theirs)
                .get("/task")
                .then()
                .statusCode(200)
                .body("id", containsInAnyOrder(openTask(ours, Stage.SIGN_FOR).getId(), theirTask.getId()));
        cockpit.engine()
                .get("/process-instance/{id}", theirTask.getProcessInstanceId())
                .then()
                .statusCode(200)
                .body("businessKey", equalTo(theirs));
        cockpit.engine()
                .get("/process-instance/{id}/variables", theirTask.getProcessInstanceId())
                .then()
                .statusCode(200);
        cockpit.engine()
                .queryParam("processInstanceBusinessKey", theirs)
                .get("/history/process-instance")
                .then()
                .statusCode(200)
                .body("businessKey", hasItems(theirs));
    }

    private WebappSession administratorIn(String app) {
        WebappSession session = new WebappSession(port);
        session.logIn(app, ADMIN, Api.PASSWORD).then().statusCode(200);
        return session;
    }

    private WebappSession handlerInTasklist() {
        WebappSession tasklist = new WebappSession(port);
        tasklist.logIn("tasklist", XINGQING_HANDLER, Api.PASSWORD).then().statusCode(200);
        return tasklist;
    }

    /**
     * The ids of every task a filter lists, page after page as Tasklist scrolls ({@code firstResult}, {@code
     * maxResults}), however many tasks the suite has made; {@code ids} is where a page holds them.
     */
    private static List<String> everyTask(
            Supplier<RequestSpecification> request, Function<RequestSpecification, Response> list, String ids) {
        List<String> all = new ArrayList<>();
        for (int first = 0; ; first += TASKS_A_PAGE) {
            List<String> page = list.apply(
                            request.get().queryParam("firstResult", first).queryParam("maxResults", TASKS_A_PAGE))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path(ids);
            if (page == null) {
                return all;
            }
            all.addAll(page);
            if (page.size() < TASKS_A_PAGE) {
                return all;
            }
        }
    }
}
