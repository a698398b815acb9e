package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.Pages;
import org.xinfang.petition.support.PetitionTest;

/**
 * The acceptance path: a real complaint in 兴庆区 (640104) whose handling limit runs out climbs county → city →
 * province, two missed orders record accountability against 兴庆区分局 and its handler, the province keeps
 * pressing, and the reply ends it; every step is on the case's timeline.
 */
@PetitionTest
class SupervisionEscalationTest extends AbstractSupervisionTest {

    static final String XINGQING_INSPECTOR = "inspector.xingqing";
    static final String YINCHUAN_INSPECTOR = "inspector.yinchuan";

    @Test
    void anOverdueCaseEscalatesCountyCityProvinceAndTwoMissedOrdersRecordAccountability() {
        String number = driver.signedFor(Logins.XINGQING_REGION, "POLICE_CONDUCT", Logins.XINGQING_HANDLER);

        // 60 days from 06-01: due at the end of 07-31; on Monday 08-03 the overdue timer fires
        driver.overdueAt(number, ComplaintProcess.Boundary.HANDLING_OVERDUE, "2026-08-03T09:00");
        assertThat(driver.runningSupervisions(number)).isOne();
        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey(SupervisionDriver.SUPERVISION)
                        .processInstanceBusinessKey(number)
                        .taskCandidateGroup("inspector@psb-640104")
                        .count())
                .isOne();
        assertThat(Pages.trackingNumbers(
                        () -> api.as(XINGQING_INSPECTOR).queryParam("bureau", Logins.XINGQING), "/supervision/board"))
                .contains(number);

        // the county inspector's order: 5 working days by default, to the end of 08-10
        JsonPath first = driver.issueOrder(XINGQING_INSPECTOR, number, Map.of("instructions", "请于期限内办结并书面报告。"));
        assertThat(first.getInt("sequence")).isEqualTo(1);
        assertThat(first.getString("level.code")).isEqualTo(Logins.XINGQING);
        assertThat(first.getString("limit")).isEqualTo("5 working days");
        assertThat(first.getString("dueAt")).isEqualTo("2026-08-10T16:00:00Z");
        assertThat(first.getString("issuedBy")).isEqualTo(XINGQING_INSPECTOR);

        driver.orderDeadlinePasses(number);
        // missed once: the city takes over with an order of its own, issued automatically
        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey(SupervisionDriver.SUPERVISION)
                        .processInstanceBusinessKey(number)
                        .taskCandidateGroup("handler@psb-640104")
                        .count())
                .isOne();
        JsonPath orders = driver.orders(YINCHUAN_INSPECTOR, number);
        assertThat(orders.getList("content.status")).containsExactly("MISSED", "ISSUED");
        assertThat(orders.getString("content[1].level.code")).isEqualTo(Logins.YINCHUAN);
        assertThat(orders.getString("content[1].instructions")).isEqualTo("逾期未办复，升级督办");
        assertThat(orders.getBoolean("content[1].escalated")).isTrue();
        assertThat(orders.getString("content[1].issuedBy")).isEqualTo("system");
        api.as(YINCHUAN_INSPECTOR)
                .get("/notifications")
                .then()
                .statusCode(200)
                .body("content.type", hasItem("SUPERVISION_ESCALATED"));
        api.as(YINCHUAN_INSPECTOR)
                .get("/supervision/accountability?trackingNumber=" + number)
                .then()
                .body("page.totalElements", is(0));

        driver.orderDeadlinePasses(number);
        // missed twice: accountability against the bureau and the handler who signed for the case
        JsonPath records = api.as(Logins.INSPECTOR)
                .queryParam("trackingNumber", number)
                .get("/supervision/accountability")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(records.getList("content")).hasSize(1);
        assertThat(records.getString("content[0].unit.code")).isEqualTo(Logins.XINGQING);
        assertThat(records.getString("content[0].handler")).isEqualTo(Logins.XINGQING_HANDLER);
        assertThat(records.getString("content[0].status")).isEqualTo("OPEN");
        assertThat(records.getList("content[0].orders.sequence", Integer.class)).containsExactly(1, 2);
        assertThat(records.getString("content[0].facts"))
                .contains(
                        number,
                        "psb-640104",
                        "psb-640100",
                        "HANDLING 60 days",
                        "请于期限内办结并书面报告。",
                        "逾期未办复，升级督办",
                        "MISSED",
                        Logins.XINGQING_HANDLER);
        orders = driver.orders(Logins.INSPECTOR, number);
        assertThat(orders.getList("content.level.code"))
                .containsExactly(Logins.XINGQING, Logins.YINCHUAN, "psb-640000");

        driver.orderDeadlinePasses(number);
        // at the top: no higher level, the province keeps pressing; no second record for a third miss
        orders = driver.orders(Logins.INSPECTOR, number);
        assertThat(orders.getList("content.status")).containsExactly("MISSED", "MISSED", "MISSED", "ISSUED");
        assertThat(orders.getString("content[3].level.code")).isEqualTo("psb-640000");
        assertThat(orders.getString("content[3].instructions")).isEqualTo("逾期未办复，继续督办");
        assertThat(orders.getBoolean("content[3].escalated")).isFalse();
        api.as(Logins.INSPECTOR)
                .queryParam("trackingNumber", number)
                .get("/supervision/accountability")
                .then()
                .body("page.totalElements", is(1));

        driver.replied(number, Logins.XINGQING_HANDLER, Logins.XINGQING_LEADER);
        assertThat(driver.runningSupervisions(number)).isZero();
        assertThat(driver.orders(Logins.INSPECTOR, number).getList("content.status"))
                .containsExactly("MISSED", "MISSED", "MISSED", "CLOSED");

        List<String> timeline = driver.timeline(number);
        assertThat(timeline.subList(timeline.indexOf("HANDLING_OVERDUE"), timeline.size()))
                .containsExactly(
                        "HANDLING_OVERDUE",
                        "SUPERVISION_STARTED",
                        "SUPERVISION_ORDER_ISSUED",
                        "SUPERVISION_ORDER_MISSED",
                        "SUPERVISION_ESCALATED",
                        "SUPERVISION_ORDER_ISSUED",
                        "SUPERVISION_ORDER_MISSED",
                        "ACCOUNTABILITY_RECORDED",
                        "SUPERVISION_ESCALATED",
                        "SUPERVISION_ORDER_ISSUED",
                        "SUPERVISION_ORDER_MISSED",
                        "SUPERVISION_ORDER_ISSUED",
                        "REPLY_DRAFTED",
                        "REPLY_APPROVED",
                        "SUPERVISION_RESOLVED",
                        "REPLIED");
        api.as(Logins.XINGQING_LEADER)
                .get("/notifications")
                .then()
                .body("content.type", hasItem("ACCOUNTABILITY_RECORDED"));
        api.as(Logins.XINGQING_HANDLER)
                .get("/notifications?size=100")
                .then()
                .body("content.type", hasItem("SUPERVISION_ORDER_ISSUED"))
                .body("content.type", not(hasItem("SUPERVISION_ESCALATED")));
    }
}
