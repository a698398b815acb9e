package org.xinfang.petition.supervision;

import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;

/** Who sees what of supervision, and how the API answers bad input, the wrong state and the wrong user. */
@PetitionTest
class SupervisionApiTest extends AbstractSupervisionTest {

    static final String XIXIA = "psb-640105";

    @Test
    void eachInspectorSeesTheCasesOfTheirUnitAndBelowAndNothingElse() {
        PinnedClock.pinAt("2026-05-20T09:00");
        String number = driver.signedFor("640105", "HOUSEHOLD_REGISTRATION", "handler.xixia");
        PinnedClock.pinAt(PinnedClock.BASE);

        for (String sees : new String[] {"inspector.xixia", "inspector.yinchuan", Logins.INSPECTOR}) {
            api.as(sees)
                    .queryParam("bureau", XIXIA)
                    .get("/supervision/board")
                    .then()
                    .statusCode(200)
                    .body("content.trackingNumber", hasItem(number));
        }
        for (String blind : new String[] {"inspector.jinfeng", "inspector.shizuishan"}) {
            api.as(blind)
                    .queryParam("bureau", XIXIA)
                    .get("/supervision/board")
                    .then()
                    .statusCode(200)
                    .body("content", emptyIterable());
            api.as(blind)
                    .body(Map.of("reason", "督办"))
                    .post("/supervision/cases/{number}/flag", number)
                    .then()
                    .statusCode(404)
                    .body("code", is("case.not-found"));
        }
        for (String notAnInspector : new String[] {Logins.CLERK, "handler.xixia", Logins.ADMIN}) {
            api.as(notAnInspector).get("/supervision/board").then().statusCode(403);
            api.as(notAnInspector).get("/supervision/orders").then().statusCode(403);
        }
        api.anonymous().get("/supervision/board").then().statusCode(401);

        api.as("inspector.xixia")
                .body(Map.of("reason", "已超期三个工作日"))
                .post("/supervision/cases/{number}/flag", number)
                .then()
                .statusCode(204);
        driver.issueOrder("inspector.xixia", number, Map.of("instructions", "请即办理。"));
        api.as("inspector.yinchuan")
                .queryParam("trackingNumber", number)
                .get("/supervision/orders")
                .then()
                .body("content.level.code", hasItem(XIXIA));
        api.as("inspector.yinchuan")
                .queryParam("level", "COUNTY")
                .queryParam("status", "ISSUED")
                .get("/supervision/orders")
                .then()
                .body("content.trackingNumber", hasItem(number));
        api.as("inspector.yinchuan")
                .queryParam("level", "CITY")
                .get("/supervision/orders")
                .then()
                .body("content.trackingNumber", not(hasItem(number)));
        api.as("inspector.yinchuan")
                .queryParam("unit", XIXIA)
                .queryParam("status", "ANSWERED")
                .get("/supervision/orders")
                .then()
                .body("content.trackingNumber", not(hasItem(number)));
        api.as("inspector.jinfeng")
                .queryParam("trackingNumber", number)
                .get("/supervision/orders")
                .then()
                .statusCode(200)
                .body("content", emptyIterable());
        api.as("inspector.jinfeng")
                .body(Map.of("instructions", "越级"))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(404);
    }

    @Test
    void badInputWrongStateAndWrongUsersAreRefused() {
        String number = driver.signedFor("640105", "POLICE_CONDUCT", "handler.xixia");
        String unknown = "XF20260601-640105-NOSUCH";

        inspector()
                .body(Map.of("reason", "督办"))
                .post("/supervision/cases/{number}/flag", unknown)
                .then()
                .statusCode(404);
        inspector()
                .body(Map.of("reason", " "))
                .post("/supervision/cases/{number}/flag", number)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("reason"))
                .body("errors[0].message", is("理由不能为空"));
        inspector()
                .body(Map.of("instructions", "请办理。"))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(409)
                .body("code", is("case.not-at-stage"));
        api.as("handler.xixia")
                .body(Map.of("answer", "已办"))
                .post("/complaints/{number}/supervision-answer", number)
                .then()
                .statusCode(409)
                .body("code", is("case.not-at-stage"));

        inspector()
                .body(Map.of("reason", "重点关注"))
                .post("/supervision/cases/{number}/flag", number)
                .then()
                .statusCode(204);
        inspector()
                .body(Map.of("instructions", " "))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("instructions"));
        inspector()
                .body(Map.of("instructions", "请办理。", "workingDays", 0))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("workingDays"))
                .body("errors[0].messageEn", is("working days to answer must be at least 1"));
        inspector()
                .body(Map.of("instructions", "请办理。", "workingDays", 21))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("workingDays"));
        inspector()
                .body("{\"instructions\": \"请办理。\", \"workingDays\": \"five\"}")
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("workingDays"));
        driver.issueOrder("inspector.xixia", number, Map.of("instructions", "请办理。", "workingDays", 2));
        inspector()
                .body(Map.of("instructions", "再下一单"))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(409);

        api.as("handler.xixia")
                .body(Map.of("answer", ""))
                .post("/complaints/{number}/supervision-answer", number)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("answer"));
        // another bureau does not see the case; the inspector sees it but is not the one to answer
        api.as("handler.jinfeng")
                .body(Map.of("answer", "代为办复"))
                .post("/complaints/{number}/supervision-answer", number)
                .then()
                .statusCode(404);
        api.as("inspector.xixia")
                .body(Map.of("answer", "代为办复"))
                .post("/complaints/{number}/supervision-answer", number)
                .then()
                .statusCode(403);
        api.as("handler.xixia")
                .body(Map.of("answer", "已办"))
                .post("/complaints/{number}/supervision-answer", unknown)
                .then()
                .statusCode(404);
        driver.answer("handler.xixia", number, "已办理完毕，待审核后答复。");
        api.as("handler.xixia")
                .body(Map.of("answer", "再次办复"))
                .post("/complaints/{number}/supervision-answer", number)
                .then()
                .statusCode(409);

        inspector()
                .body(Map.of("outcome", "约谈"))
                .post("/supervision/accountability/{id}/conclusion", 999999)
                .then()
                .statusCode(404)
                .body("code", is("accountability.not-found"));
        inspector()
                .queryParam("status", "LOST")
                .get("/supervision/orders")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("status"));
        inspector()
                .queryParam("sort", "nonsense")
                .get("/supervision/orders")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("sort"));
    }

    RequestSpecification inspector() {
        return api.as("inspector.xixia");
    }
}
