package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;

/**
 * The weekly summary of 石嘴山 in November 2026, when no other test supervises anything: two cases of the city
 * bureau (region 640200) run overdue in week 45, one order is answered, one missed and escalated; the second
 * miss and the accountability record fall into week 46.
 */
@PetitionTest
class SupervisionSummaryTest extends AbstractSupervisionTest {

    static final String SHIZUISHAN = "inspector.shizuishan";

    @Test
    void theWeeklySummaryCountsOrdersEscalationsAccountabilityAndOverdueCasesPerRegion() {
        // 5 working days from Monday 10-26: due at the end of Monday 11-02, overdue on Tuesday 11-03 (week 45)
        PinnedClock.pinAt("2026-10-26T09:00");
        String missedTwice = driver.signedFor("640200", "HOUSEHOLD_REGISTRATION", "handler.shizuishan");
        String answered = driver.signedFor("640200", "HOUSEHOLD_REGISTRATION", "handler.shizuishan");
        driver.overdueAt(missedTwice, ComplaintProcess.Boundary.HANDLING_OVERDUE, "2026-11-03T09:00");
        driver.overdueAt(answered, ComplaintProcess.Boundary.HANDLING_OVERDUE, "2026-11-03T09:30");
        driver.issueOrder(SHIZUISHAN, missedTwice, Map.of("instructions", "请次日办结。", "workingDays", 1));
        driver.issueOrder(SHIZUISHAN, answered, Map.of("instructions", "请两日内报告。", "workingDays", 2));
        driver.answer("handler.shizuishan", answered, "已办结，待负责人审核。");
        driver.orderDeadlinePasses(missedTwice);
        // the automatic order at the province runs 5 working days, into week 46
        driver.orderDeadlinePasses(missedTwice);

        JsonPath week45 = summary(SHIZUISHAN, "2026-W45");
        assertThat(week45.getString("from")).isEqualTo("2026-11-02");
        assertThat(week45.getString("to")).isEqualTo("2026-11-08");
        assertThat(week45.getList("regions.region")).containsExactly("640200", "640202", "640205", "640221");
        assertThat(week45.getMap("regions[0].counts"))
                .isEqualTo(Map.of(
                        "ordersIssued",
                        3,
                        "ordersAnswered",
                        1,
                        "ordersMissed",
                        1,
                        "escalations",
                        1,
                        "accountabilityRecords",
                        0,
                        "overdueCases",
                        2));
        assertThat(week45.getMap("total")).isEqualTo(week45.getMap("regions[0].counts"));
        assertThat(week45.getString("regions[0].nameZh")).isEqualTo("石嘴山市");

        JsonPath week46 = summary(SHIZUISHAN, "2026-W46");
        assertThat(week46.getMap("regions[0].counts"))
                .isEqualTo(Map.of(
                        "ordersIssued",
                        1,
                        "ordersAnswered",
                        0,
                        "ordersMissed",
                        1,
                        "escalations",
                        0,
                        "accountabilityRecords",
                        1,
                        "overdueCases",
                        0));

        // the province sees every region; the county sees its own
        assertThat(summary(Logins.INSPECTOR, "2026-W45").getList("regions.region"))
                .contains("640104", "640200")
                .hasSize(9);
        assertThat(summary("inspector.pingluo", "2026-W45").getList("regions.region"))
                .containsExactly("640221");

        PinnedClock.pinAt("2026-11-04T15:00");
        assertThat(api.as(SHIZUISHAN)
                        .get("/supervision/summary")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("week"))
                .isEqualTo("2026-W45");
    }

    @Test
    void anUnreadableWeekIsRefused() {
        for (String week : new String[] {"2026-W54", "2026-45", "W45", "2026-W00"}) {
            api.as(SHIZUISHAN)
                    .queryParam("week", week)
                    .get("/supervision/summary")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", is("week"));
        }
        api.as("handler.shizuishan").get("/supervision/summary").then().statusCode(403);
    }

    JsonPath summary(String inspector, String week) {
        return api.as(inspector)
                .queryParam("week", week)
                .get("/supervision/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
