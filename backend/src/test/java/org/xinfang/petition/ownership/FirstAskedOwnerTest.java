package org.xinfang.petition.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Complaints.webComplaintWith;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Told;
import org.xinfang.petition.support.WebappSession;

/**
 * 首问负责: the first clerk who acts on a case owns it in the office, by any door; staff see who, the complainant
 * only the office's desk; the owner alone hands it over, with a reason, to another clerk, who is told; the owner
 * hears what the office must act on next.
 */
class FirstAskedOwnerTest extends ApiTest {

    static final String OFFICE_ZH = "自治区公安厅信访办";
    static final String PASSWORD = "Clerk-b-pass-2026";

    @Autowired
    TaskService tasks;

    @LocalServerPort
    int port;

    @Test
    void theFirstClerkToActOwnsTheCaseAndTheComplainantSeesTheDeskNotTheName() {
        JsonPath filed = complaints.file(webComplaint());
        String number = filed.getString("trackingNumber");
        assertThat(complaints.detail(number).getString("officeOwner")).isNull();

        complaints.dispatch(complaints.accept(number));

        JsonPath detail = complaints.detail(number);
        assertThat(detail.getString("officeOwner.username")).isEqualTo(CLERK);
        assertThat(detail.getString("officeOwner.unitZh")).isEqualTo(OFFICE_ZH);
        assertThat(detail.getList("timeline.type"))
                .as("the owner is on the record, not a line of the timeline")
                .doesNotContain("OWNER_HANDED_OVER");
        String displayName = detail.getString("officeOwner.displayName");

        String seen = api.anonymous()
                .body(Map.of("trackingNumber", number, "queryCode", filed.getString("queryCode")))
                .post("/lookup")
                .then()
                .statusCode(200)
                .body("ownerDesk.unitZh", equalTo(OFFICE_ZH))
                .body("ownerDesk.unitEn", equalTo("Petition Office"))
                .extract()
                .asString();
        assertThat(seen).doesNotContain(displayName, "\"" + CLERK + "\"");
    }

    @Test
    void aComplaintAClerkFilesAtTheDeskIsTheirsFromTheStartOneAnOperatorFilesIsNot() {
        String byClerk = api.as(CLERK)
                .body(webComplaintWith("channel", "WALK_IN"))
                .post("/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        assertThat(complaints.detail(byClerk).getString("officeOwner.username")).isEqualTo(CLERK);

        String byOperator = api.as("operator")
                .body(webComplaintWith("channel", "HOTLINE"))
                .post("/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        assertThat(complaints.detail(byOperator).getString("officeOwner")).isNull();
    }

    /** Every door: the first clerk who completes the triage in Tasklist's engine API owns the case as well. */
    @Test
    void aClerkWhoTriagesInTasklistOwnsTheCase() {
        String number = complaints.file();
        String triage = tasks.createTaskQuery()
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(Stage.TRIAGE.taskKey())
                .singleResult()
                .getId();

        WebappSession tasklist = new WebappSession(port);
        tasklist.logIn("tasklist", CLERK, Api.PASSWORD).then().statusCode(200);
        tasklist.enginePost()
                .body(Map.of("variables", Map.of("triageDecision", Map.of("value", "ACCEPT"))))
                .post("/task/{id}/complete", triage)
                .then()
                .statusCode(204);

        assertThat(complaints.detail(number).getString("officeOwner.username")).isEqualTo(CLERK);
    }

    @Test
    void onlyTheOwnerHandsTheCaseOverWithAReasonToAnotherClerkWhoIsTold() {
        String number = complaints.accepted();
        String next = newClerk();

        handOver(asNew(next), number, Map.of("clerk", next, "reason", "接手"))
                .statusCode(403)
                .body("code", equalTo("owner.not-yours"));
        handOver(api.as(XINGQING_HANDLER), number, Map.of("clerk", next, "reason", "接手"))
                .statusCode(403);
        handOver(api.as(CLERK), number, Map.of("clerk", next)).spec(invalidField("reason", "constraint.NotBlank"));
        handOver(api.as(CLERK), number, Map.of("clerk", XINGQING_HANDLER, "reason", "休假"))
                .spec(invalidField("clerk", "constraint.not-a-clerk"));
        handOver(api.as(CLERK), number, Map.of("clerk", CLERK, "reason", "休假"))
                .spec(invalidField("clerk", "constraint.same-owner"));
        assertThat(complaints.detail(number).getString("officeOwner.username")).isEqualTo(CLERK);

        handOver(api.as(CLERK), number, Map.of("clerk", next, "reason", "本人休假，由同事接手"))
                .statusCode(204);

        JsonPath detail = complaints.detail(number);
        assertThat(detail.getString("officeOwner.username")).isEqualTo(next);
        assertThat(detail.getString("timeline.find { it.type == 'OWNER_HANDED_OVER' }.comment"))
                .isEqualTo("from %s to %s: 本人休假，由同事接手".formatted(CLERK, next));
        asNew(next)
                .get("/notifications")
                .then()
                .statusCode(200)
                .body("content.findAll { it.message.contains('" + number + "') }.type", hasItem("OWNER_HANDED_OVER"));
        handOver(api.as(CLERK), number, Map.of("clerk", CLERK, "reason", "拿回"))
                .statusCode(403)
                .body("code", equalTo("owner.not-yours"));
    }

    @Test
    void aClosedCaseIsNoLongerHandedOver() {
        String number = complaints.file();
        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", "不属于公安机关职权范围"));
        complaints.approveRefusal(number);

        handOver(api.as(CLERK), number, Map.of("clerk", newClerk(), "reason", "移交"))
                .statusCode(409)
                .body("code", equalTo("owner.case-closed"));
    }

    @Test
    void theOwnerHearsWhenTheBureauRepliesOrReturnsTheCase() {
        String replied = complaints.dispatched();
        complaints.act(XINGQING_HANDLER, replied, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, replied, "reply", Map.of("text", "经调查核实，已依法处理。"));
        complaints.act(XINGQING_LEADER, replied, "reply-approval", Map.of("approved", true));

        String returned = complaints.dispatched();
        complaints.act(XINGQING_HANDLER, returned, "return", Map.of("reason", "不属于本单位管辖"));

        assertThat(Told.typesAbout(api, CLERK, replied)).contains("REPLIED");
        assertThat(Told.typesAbout(api, CLERK, returned)).contains("RETURNED");
        assertThat(Told.typesAbout(api, XINGQING_HANDLER, replied)).doesNotContain("REPLIED");
    }

    io.restassured.response.ValidatableResponse handOver(
            RequestSpecification as, String number, Map<String, String> body) {
        return as.body(body).post("/complaints/{n}/owner", number).then();
    }

    RequestSpecification asNew(String clerk) {
        return api.anonymous().auth().preemptive().basic(clerk, PASSWORD);
    }

    /** A second clerk of the office, made by the administrator. */
    String newClerk() {
        String username = "t." + UUID.randomUUID().toString().substring(0, 12);
        api.as(ADMIN)
                .body(Map.of(
                        "username",
                        username,
                        "displayName",
                        "信访办 新同事",
                        "unit",
                        "petition-640000",
                        "roles",
                        List.of("CLERK"),
                        "password",
                        PASSWORD))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        return username;
    }
}
