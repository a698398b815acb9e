package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.JINFENG_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.consultation.ConsultationProcess;
import org.xinfang.petition.process.ComplaintProcess.Message;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Pages;
import org.xinfang.petition.support.WebappSession;

/**
 * The attacks on the engine's own door (Tasklist and its engine API), replayed: each fails. Who may act on a task,
 * with which input, and what may be changed about it are the same there as in our API.
 */
class SecondDoorTest extends ApiTest {

    private static final String REPLY = "经调查核实，已责成派出所整改并向您致歉。";

    @LocalServerPort
    private int port;

    @Autowired
    private RuntimeService runtime;

    @Test
    void aHandlerCannotMakeHimselfTheApproverOfHisOwnReply() {
        String number = complaints.signedFor();
        Task draft = openTask(number, Stage.HANDLING);
        WebappSession handler = tasklist(XINGQING_HANDLER);
        handler.enginePost()
                .body(Map.of("userId", XINGQING_HANDLER))
                .post("/task/{id}/claim", draft.getId())
                .then()
                .statusCode(204);

        complete(handler, draft, Map.of("replyText", REPLY, "bureau", XINGQING + ",handler@" + XINGQING))
                .statusCode(400)
                .body("errors.field", contains("bureau"))
                .body("errors.code", contains("constraint.not-a-form-field"));
        assertThat(openTask(number, Stage.HANDLING))
                .as("the draft task, still open")
                .isNotNull();

        complete(handler, draft, Map.of("replyText", REPLY)).statusCode(204);
        Task approval = openTask(number, Stage.REPLY_APPROVAL);
        assertThat(candidateGroups(approval)).containsExactly("bureau-leader@" + XINGQING);
        handler.engine().get("/task/{id}", approval.getId()).then().statusCode(404);
        complete(handler, approval, Map.of("replyApproved", true)).statusCode(403);
        assertThat(openTask(number, Stage.REPLY_APPROVAL))
                .as("the approval task, still open")
                .isNotNull();
    }

    @Test
    void anotherBureausLeaderCannotBeMadeTheApproverEvenByTheProcessVariable() {
        String number = complaints.signedFor();
        Task draft = openTask(number, Stage.HANDLING);
        WebappSession handler = tasklist(XINGQING_HANDLER);

        complete(handler, draft, Map.of("replyText", REPLY, "bureau", JINFENG))
                .statusCode(400)
                .body("errors.field", contains("bureau"));
        // Even a variable an administrator sets in Cockpit does not decide who approves: the case record does.
        runtime.setVariable(draft.getProcessInstanceId(), "bureau", JINFENG);
        complete(handler, draft, Map.of("replyText", REPLY)).statusCode(204);

        Task approval = openTask(number, Stage.REPLY_APPROVAL);
        assertThat(candidateGroups(approval)).containsExactly("bureau-leader@" + XINGQING);
        WebappSession theirLeader = tasklist(JINFENG_LEADER);
        theirLeader
                .engine()
                .queryParam("processInstanceBusinessKey", number)
                .get("/task")
                .then()
                .statusCode(200)
                .body("", empty());
        complete(theirLeader, approval, Map.of("replyApproved", true))
                .statusCode(404)
                .body("detail", not(containsString(number)));
        complete(tasklist(XINGQING_LEADER), approval, Map.of("replyApproved", true))
                .statusCode(204);
    }

    @Test
    void theExtensionIsApprovedByTheLeaderOfTheCasesOwnBureau() {
        String number = complaints.signedFor();
        api.as(XINGQING_HANDLER)
                .body(Map.of("amount", 10, "reason", "需要进一步调查取证"))
                .post("/complaints/{number}/extension-requests", number)
                .then()
                .statusCode(204);
        Task approval = openTask(number, Stage.EXTENSION_LEADER_APPROVAL);
        assertThat(candidateGroups(approval)).containsExactly("bureau-leader@" + XINGQING);

        complete(tasklist(JINFENG_LEADER), approval, Map.of("extensionApproved", true))
                .statusCode(404);
        complete(tasklist(XINGQING_LEADER), approval, Map.of("extensionApproved", true, "bureau", XINGQING))
                .statusCode(400)
                .body("errors.field", contains("bureau"));
        complete(tasklist(XINGQING_LEADER), approval, Map.of("extensionApproved", true))
                .statusCode(204);
        assertThat(candidateGroups(openTask(number, Stage.EXTENSION_OFFICE_APPROVAL)))
                .containsExactly("clerk");
    }

    @Test
    void aConsultationIsPublishedByTheOfficeOrItsOwnDepartmentsLeader() {
        String number = api.anonymous()
                .body(Map.of(
                        "category", "HOUSEHOLD_REGISTRATION", "region", XINGQING_REGION, "question", "办理居住证需要准备哪些材料？"))
                .post("/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        Task answer = taskOf(number, ConsultationProcess.Step.ANSWER.taskKey());
        assertThat(candidateGroups(answer)).containsExactly("handler@" + XINGQING);
        WebappSession handler = tasklist(XINGQING_HANDLER);

        complete(handler, answer, Map.of("text", "请携带身份证到派出所办理。", "department", JINFENG))
                .statusCode(400)
                .body("errors.field", contains("department"));
        complete(handler, answer, Map.of("text", "请携带身份证到派出所办理。")).statusCode(204);

        Task publication = taskOf(number, ConsultationProcess.Step.DECIDE_PUBLICATION.taskKey());
        assertThat(candidateGroups(publication)).containsExactlyInAnyOrder("clerk", "bureau-leader@" + XINGQING);
        complete(tasklist(JINFENG_LEADER), publication, Map.of("publish", false))
                .statusCode(404);
    }

    @Test
    void onlyTheInspectorsAboveTheCasesBureauSeeAndCompleteItsReview() {
        String number = complaints.underReview();
        Task review = openTask(number, Stage.INSPECTOR_REVIEW);
        assertThat(candidateGroups(review))
                .containsExactlyInAnyOrder("inspector@" + XINGQING, "inspector@psb-640100", "inspector@psb-640000");

        for (String outsider : List.of("inspector.dawukou", "inspector.xixia")) {
            WebappSession session = tasklist(outsider);
            session.engine()
                    .queryParam("processInstanceBusinessKey", number)
                    .get("/task")
                    .then()
                    .statusCode(200)
                    .body("", empty());
            session.engine().get("/task/{id}/variables", review.getId()).then().statusCode(404);
            session.engine()
                    .get("/task/{id}/form-variables", review.getId())
                    .then()
                    .statusCode(404);
            complete(session, review, Map.of("conclusion", "维持原答复")).statusCode(404);
        }
        assertThat(complaints.detail(number).getString("status")).isEqualTo("UNDER_REVIEW");

        WebappSession city = tasklist("inspector.yinchuan");
        city.engine()
                .queryParam("processInstanceBusinessKey", number)
                .get("/task")
                .then()
                .statusCode(200)
                .body("id", contains(review.getId()));
        complete(city, review, Map.of("conclusion", "维持原答复，办理程序合法")).statusCode(204);
        assertThat(complaints.detail(number).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void nobodyChangesATasksDueDateCandidatesOrVariablesInTasklist() {
        String number = complaints.dispatchedIn(XINGQING_REGION);
        Task signFor = openTask(number, Stage.SIGN_FOR);
        Object dueInQueue = workQueueDueDate(number);

        for (String login : List.of(XINGQING_LEADER, ADMIN)) {
            WebappSession session = tasklist(login);
            session.enginePost()
                    .body(Map.of("name", signFor.getName(), "due", "2030-01-01T00:00:00.000+0800"))
                    .put("/task/{id}", signFor.getId())
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("task.change-not-allowed"));
            session.enginePost()
                    .body(Map.of("userId", "handler.xingqing.accused", "type", IdentityLinkType.CANDIDATE))
                    .post("/task/{id}/identity-links", signFor.getId())
                    .then()
                    .statusCode(403);
            session.enginePost()
                    .body(Map.of("groupId", "handler@" + JINFENG, "type", IdentityLinkType.CANDIDATE))
                    .post("/task/{id}/identity-links", signFor.getId())
                    .then()
                    .statusCode(403);
            session.enginePost()
                    .body(Map.of("groupId", "handler@" + XINGQING, "type", IdentityLinkType.CANDIDATE))
                    .post("/task/{id}/identity-links/delete", signFor.getId())
                    .then()
                    .statusCode(403);
            session.enginePost()
                    .body(Map.of("value", JINFENG, "type", "String"))
                    .put("/task/{id}/variables/bureau", signFor.getId())
                    .then()
                    .statusCode(403);
            session.enginePost()
                    .body(Map.of("followUp", "2030-01-01T00:00:00.000+0800", "name", signFor.getName()))
                    .put("/task/{id}", signFor.getId())
                    .then()
                    .statusCode(403);
        }

        Task after = openTask(number, Stage.SIGN_FOR);
        assertThat(after.getDueDate()).isEqualTo(signFor.getDueDate());
        assertThat(after.getFollowUpDate()).isNull();
        assertThat(candidateGroups(after))
                .containsExactlyInAnyOrder("handler@" + XINGQING, "bureau-leader@" + XINGQING);
        assertThat(workQueueDueDate(number)).isEqualTo(dueInQueue);
    }

    @Test
    void aTaskIsHandedOnlyToAnotherOfItsCandidates() {
        String number = complaints.dispatchedIn(XINGQING_REGION);
        Task signFor = openTask(number, Stage.SIGN_FOR);
        WebappSession handler = tasklist(XINGQING_HANDLER);

        handler.enginePost()
                .body(Map.of("userId", XINGQING_LEADER))
                .post("/task/{id}/claim", signFor.getId())
                .then()
                .statusCode(403)
                .body("code", equalTo("task.claim-for-oneself"));
        handler.enginePost()
                .body(Map.of("userId", XINGQING_HANDLER))
                .post("/task/{id}/claim", signFor.getId())
                .then()
                .statusCode(204);
        handler.enginePost()
                .body(Map.of("userId", JINFENG_HANDLER))
                .post("/task/{id}/assignee", signFor.getId())
                .then()
                .statusCode(400)
                .body("errors.field", contains("userId"));
        handler.enginePost()
                .body(Map.of("userId", JINFENG_HANDLER))
                .post("/task/{id}/delegate", signFor.getId())
                .then()
                .statusCode(400)
                .body("errors.field", contains("userId"));
        tasklist(XINGQING_LEADER)
                .enginePost()
                .body(Map.of("userId", XINGQING_LEADER))
                .post("/task/{id}/claim", signFor.getId())
                .then()
                .statusCode(409)
                .body("code", equalTo("task.claimed-by-other"));

        handler.enginePost()
                .body(Map.of("userId", XINGQING_LEADER))
                .post("/task/{id}/assignee", signFor.getId())
                .then()
                .statusCode(204);
        assertThat(openTask(number, Stage.SIGN_FOR).getAssignee()).isEqualTo(XINGQING_LEADER);
    }

    @Test
    void staffOtherThanAdministratorsSendNoSignalsOrMessagesAndListNoJobs() {
        String ours = complaints.dispatchedIn(XINGQING_REGION);
        String theirs = complaints.dispatchedIn("640106");
        WebappSession handler = tasklist(XINGQING_HANDLER);
        String supplied = Message.MATERIAL_SUPPLIED;

        handler.enginePost()
                .body(Map.of("name", "anything"))
                .post("/signal")
                .then()
                .statusCode(403);
        String toTheirs = handler.enginePost()
                .body(Map.of("messageName", supplied, "businessKey", theirs))
                .post("/message")
                .then()
                .statusCode(403)
                .extract()
                .asString();
        String toNobody = handler.enginePost()
                .body(Map.of("messageName", supplied, "businessKey", "XF-NONE"))
                .post("/message")
                .then()
                .statusCode(403)
                .extract()
                .asString();
        assertThat(toTheirs)
                .isEqualTo(toNobody)
                .doesNotContain(openTask(theirs, Stage.SIGN_FOR).getProcessInstanceId());
        handler.enginePost()
                .body(Map.of("messageName", supplied, "businessKey", ours))
                .post("/message")
                .then()
                .statusCode(403);
        for (String list : List.of("/job", "/job/count", "/incident", "/external-task", "/deployment", "/batch")) {
            handler.engine().get(list).then().statusCode(403);
        }
    }

    @Test
    void theFormsRulesHoldInTasklist() {
        String callback = complaints.awaitingCallback();
        WebappSession clerk = tasklist(CLERK);
        complete(clerk, openTask(callback, Stage.CALLBACK), Map.of("callbackResult", "DELIGHTED"))
                .statusCode(400)
                .body("errors.field", contains("callbackResult"))
                .body("errors.code", contains("constraint.not-an-option"));

        String accepted = complaints.accepted();
        complete(clerk, openTask(accepted, Stage.DISPATCH), Map.of("proposedBureau", JINFENG))
                .statusCode(400)
                .body("errors.field", contains("proposedBureau"))
                .body("errors.code", contains("constraint.read-only"));
        assertThat(complaints.detail(accepted).getString("status")).isEqualTo("PENDING_DISPATCH");
    }

    @Test
    void theEnginesDoorsAnswerProblemsWithoutTheEnginesWords() {
        String number = complaints.dispatchedIn(XINGQING_REGION);
        Task signFor = openTask(number, Stage.SIGN_FOR);
        WebappSession handler = tasklist(XINGQING_HANDLER);
        complete(handler, signFor, Map.of("signForDecision", "SIGN_FOR")).statusCode(204);

        for (ValidatableResponse answer : List.of(
                complete(handler, signFor, Map.of("signForDecision", "SIGN_FOR"))
                        .statusCode(409),
                handler.engine()
                        .get("/task/{id}/form-variables", "no-such-task")
                        .then()
                        .statusCode(404),
                handler.enginePost()
                        .body("{\"variables\": ")
                        .post("/task/{id}/complete", signFor.getId())
                        .then()
                        .statusCode(400),
                api.engineRestAs(ADMIN)
                        .contentType("application/json")
                        .body(Map.of("variables", Map.of()))
                        .post("/task/{id}/complete", signFor.getId())
                        .then()
                        .statusCode(409))) {
            answer.contentType("application/problem+json")
                    .body("title", notNullValue())
                    .body("message", notNullValue());
            assertThat(answer.extract().asString()).doesNotContain("Exception", "org.operaton", "SQL", "java.");
        }
    }

    private WebappSession tasklist(String login) {
        WebappSession session = new WebappSession(port);
        session.logIn("tasklist", login, Api.PASSWORD).then().statusCode(200);
        return session;
    }

    private static ValidatableResponse complete(WebappSession session, Task task, Map<String, Object> input) {
        Map<String, Object> variables = new HashMap<>();
        input.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return session.enginePost()
                .body(Map.of("variables", variables))
                .post("/task/{id}/complete", task.getId())
                .then();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private Task taskOf(String businessKey, String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private Object workQueueDueDate(String number) {
        return Pages.item(() -> api.as(XINGQING_HANDLER), "/work-queue", number).get("dueAt");
    }
}
