package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.DISCIPLINE;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.OFFICE_LEADER;
import static org.xinfang.petition.support.Logins.PETITION_OFFICE;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.YINCHUAN;
import static org.xinfang.petition.support.Logins.YINCHUAN_DISCIPLINE;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.task.Task;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.WebappSession;

/**
 * The office supervises as well: the petition office's leader (信访督办) and the discipline inspectors (纪检监察, a
 * role with its own scope: the cases about conduct in their unit and below) flag cases and issue orders beside the
 * inspectors, through our API and the engine's doors alike; each order names the unit that issued it.
 */
@PetitionTest
class SupervisorsTest extends AbstractSupervisionTest {

    static final String DAWUKOU_HANDLER = "handler.dawukou";

    @Test
    void theOfficeLeaderFlagsABureausCaseAndIssuesTheOfficesOrderWhichTheBureauAnswers() {
        String number = driver.signedFor("640104", "HOUSEHOLD_REGISTRATION", XINGQING_HANDLER);

        flag(OFFICE_LEADER, number).statusCode(204);
        JsonPath order = driver.issueOrder(OFFICE_LEADER, number, Map.of("instructions", "请按信访督办要求限期办结。"));

        assertThat(order.getString("issuer.code")).isEqualTo(PETITION_OFFICE);
        assertThat(order.getString("level.code"))
                .as("the chain stays with the first level of inspectors above the bureau")
                .isEqualTo(XINGQING);
        assertThat(order.getString("issuedBy")).isEqualTo(OFFICE_LEADER);
        assertThat(new Complaints(api).detail(number).getList("timeline.comment", String.class))
                .anySatisfy(line -> assertThat(line).contains("from " + PETITION_OFFICE + " to " + XINGQING));
        driver.answer(XINGQING_HANDLER, number, "已按督办要求办结。");
        assertThat(driver.orders(OFFICE_LEADER, number).getList("content.status"))
                .containsExactly("ANSWERED");

        api.as(CLERK)
                .body(Map.of("instructions", "普通工作人员不签发督办单"))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(403);
        api.as(CLERK).get("/supervision/board").then().statusCode(403);
        api.as(OFFICE_LEADER).get("/supervision/summary").then().statusCode(200);
        api.as(OFFICE_LEADER).get("/supervision/accountability").then().statusCode(403);
        api.as(OFFICE_LEADER).get("/supervision/visits").then().statusCode(403);
    }

    @Test
    void theOfficeDoesNotSuperviseItsOwnStageThroughAnyDoor() {
        String number = new Complaints(api).file(Complaints.webComplaint()).getString("trackingNumber");

        flag(OFFICE_LEADER, number).statusCode(409).body("code", is("supervision.office-own-stage"));
        flag(INSPECTOR, number).statusCode(204);

        api.as(OFFICE_LEADER)
                .body(Map.of("instructions", "信访办督办自身"))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(403);
        Task issue = driver.openSupervisionTask(number);
        api.engineRestAs(OFFICE_LEADER)
                .contentType(ContentType.JSON)
                .body(Map.of("variables", Map.of("instructions", Map.of("value", "经引擎接口督办自身"))))
                .post("/task/{id}/complete", issue.getId())
                .then()
                .statusCode(403);
        assertThat(driver.openSupervisionTask(number).getTaskDefinitionKey())
                .isEqualTo(SupervisionProcess.Step.ISSUE_ORDER.taskKey());
        assertThat(driver.issueOrder(INSPECTOR, number, Map.of("instructions", "请信访办即办。"))
                        .getString("issuer.code"))
                .isEqualTo("psb-640000");
    }

    @Test
    void disciplineInspectorsSeeAndSuperviseOnlyTheConductCasesOfTheirUnitAndBelow() {
        String conduct = driver.signedFor("640104", "POLICE_CONDUCT", XINGQING_HANDLER);
        String other = driver.signedFor("640104", "HOUSEHOLD_REGISTRATION", XINGQING_HANDLER);
        String elsewhere = driver.signedFor("640202", "POLICE_CONDUCT", DAWUKOU_HANDLER);

        api.as(YINCHUAN_DISCIPLINE).get("/complaints/{n}", conduct).then().statusCode(200);
        api.as(YINCHUAN_DISCIPLINE).get("/complaints/{n}", other).then().statusCode(404);
        api.as(YINCHUAN_DISCIPLINE).get("/complaints/{n}", elsewhere).then().statusCode(404);
        api.as(DISCIPLINE).get("/complaints/{n}", elsewhere).then().statusCode(200);
        api.as(YINCHUAN_DISCIPLINE)
                .queryParam("size", 200)
                .get("/complaints")
                .then()
                .statusCode(200)
                .body("content.trackingNumber", hasItem(conduct))
                .body("content.trackingNumber", not(hasItem(other)));

        flag(YINCHUAN_DISCIPLINE, other).statusCode(404).body("code", is("case.not-found"));
        flag(YINCHUAN_DISCIPLINE, conduct).statusCode(204);
        JsonPath order = driver.issueOrder(YINCHUAN_DISCIPLINE, conduct, Map.of("instructions", "请核查民警执法过程。"));
        assertThat(order.getString("issuer.code")).isEqualTo(YINCHUAN);
        assertThat(order.getString("level.code")).isEqualTo(YINCHUAN);

        flag("inspector.yinchuan", other).statusCode(204);
        driver.issueOrder("inspector.yinchuan", other, Map.of("instructions", "请即办。"));
        api.as(YINCHUAN_DISCIPLINE)
                .queryParam("trackingNumber", other)
                .get("/supervision/orders")
                .then()
                .statusCode(200)
                .body("content", emptyIterable());
        api.as(YINCHUAN_DISCIPLINE)
                .queryParam("trackingNumber", conduct)
                .get("/supervision/orders")
                .then()
                .body("content.issuer.code", hasItem(YINCHUAN));

        api.as(YINCHUAN_DISCIPLINE).get("/supervision/summary").then().statusCode(403);
        api.as(YINCHUAN_DISCIPLINE).get("/supervision/accountability").then().statusCode(200);
        api.as(YINCHUAN_DISCIPLINE)
                .body(InspectionVisitsTest.visit(Map.of()))
                .post("/supervision/visits")
                .then()
                .statusCode(201)
                .body("inspector", is(YINCHUAN_DISCIPLINE));
        api.as(YINCHUAN_DISCIPLINE).get("/consultations").then().statusCode(403);
    }

    @Test
    void aDisciplineInspectorIssuesAnOrderInTasklistOnAConductCaseAndFindsNoOtherCasesTask() {
        String conduct = driver.signedFor("640104", "POLICE_CONDUCT", XINGQING_HANDLER);
        String other = driver.signedFor("640104", "HOUSEHOLD_REGISTRATION", XINGQING_HANDLER);
        flag("inspector.xingqing", conduct).statusCode(204);
        flag("inspector.xingqing", other).statusCode(204);

        WebappSession tasklist = new WebappSession(port);
        tasklist.logIn("tasklist", YINCHUAN_DISCIPLINE, "demo123").then().statusCode(200);
        tasklist.engine()
                .get("/task/{id}", driver.openSupervisionTask(other).getId())
                .then()
                .statusCode(404);
        tasklist.enginePost()
                .contentType(ContentType.JSON)
                .body(Map.of("variables", Map.of("instructions", Map.of("value", "经任务列表下发：请核查。"))))
                .post("/task/{id}/complete", driver.openSupervisionTask(conduct).getId())
                .then()
                .statusCode(204);

        assertThat(driver.orders(YINCHUAN_DISCIPLINE, conduct).getList("content.issuer.code"))
                .containsExactly(YINCHUAN);
        assertThat(driver.openSupervisionTask(conduct).getTaskDefinitionKey())
                .isEqualTo(SupervisionProcess.Step.ANSWER_ORDER.taskKey());
    }

    private io.restassured.response.ValidatableResponse flag(String login, String number) {
        return api.as(login)
                .body(Map.of("reason", "重点督办"))
                .post("/supervision/cases/{number}/flag", number)
                .then();
    }
}
