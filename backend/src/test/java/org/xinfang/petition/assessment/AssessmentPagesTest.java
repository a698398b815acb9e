package org.xinfang.petition.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XIXIA;
import static org.xinfang.petition.support.Logins.YINCHUAN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.BrowserTest;

/**
 * The assessment's pages in the browser, on the month of docs/indicators.md written by hand: the ranking as worked
 * out there, opinion scores entered by the office and the month closed by an inspector; the indicators with their
 * stage times and the trend chart; an exclusion proposed by one and decided by another; the weights' versions.
 */
class AssessmentPagesTest extends BrowserTest {

    private static final String MONTH = HandBuiltMonth.DOCS_MONTH;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRankingShowsTheHandBuiltMonthTakesTheOfficesOpinionScoresAndIsClosedByAnInspector() {
        HandBuiltMonth.ofTheDocs(jdbc, complaints, api);

        browser.signedInAs(CLERK).open("/workbench/assessment/ranking?month=" + MONTH);
        assertThat(browser.text("main h1")).isEqualTo("考核排名");
        assertThat(browser.text(row(XINGQING)))
                .contains("2", "兴庆", "10", "80.00", "79.63", "0.50", "79.32", "合格", "取消评先资格");
        assertThat(browser.text(row(XIXIA))).contains("1", "95.00", "优秀");
        assertThat(browser.text(row(XIXIA))).doesNotContain("取消评先资格");
        assertThat(browser.text(row(JINFENG))).contains("100.00", "优秀", "案件过少，不排名");
        assertThat(browser.text("#level-CITY tr[data-bureau='" + YINCHUAN + "']"))
                .contains("84.88", "合格");
        assertThat(browser.findAll("#close-month"))
                .as("the office does not close months")
                .isEmpty();
        browser.lookAtBothWidths("assessment-ranking");

        browser.type("#score-" + XINGQING, "60");
        browser.submit("#enter-scores");
        assertThat(browser.path()).contains("done=scores");
        assertThat(browser.text(row(XINGQING)))
                .as("public 60: (50·60 + 50·79.63)/100 = 69.82, less 0.50")
                .contains("69.32");
        browser.type("#score-" + XINGQING, "101");
        browser.submit("#enter-scores");
        assertThat(browser.pageText()).contains("100");
        assertThat(browser.text(row(XINGQING))).contains("69.32");

        browser.signOut().signedInAs(INSPECTOR).open("/workbench/assessment/ranking?month=" + MONTH);
        assertThat(browser.findAll("#enter-scores"))
                .as("inspectors enter no opinion scores")
                .isEmpty();
        browser.submitConfirmed("#close-month");
        assertThat(browser.path()).contains("done=closed");
        assertThat(browser.text("#month-state")).contains("已于", INSPECTOR);
        assertThat(browser.findAll("#close-month")).isEmpty();
        assertThat(browser.text(row(XINGQING))).contains("69.32");
    }

    @Test
    void theIndicatorsShowEachBureausRatesAndStageTimesAndTheTrendChart() {
        HandBuiltMonth.ofTheDocs(jdbc, complaints, api);

        browser.signedInAs(INSPECTOR)
                .open("/workbench/assessment/indicators?from=2025-03-01&to=2025-03-31&scope=BUREAU");
        assertThat(browser.text(row(XINGQING)))
                .contains("10", "90.0%", "75.0%", "10.0%", "12.5%", "66.7%", "75.0%", "2.10 / 2", "11.63 / 14");
        assertThat(browser.text(row(YINCHUAN) + " .received")).isEqualTo("5");
        browser.lookAtBothWidths("assessment-indicators");

        browser.open("/workbench/assessment/indicators?from=2025-03-01&to=2025-03-31&scope=CITY");
        assertThat(browser.text(row(YINCHUAN) + " .received"))
                .as("rolled up over its counties")
                .isEqualTo("25");
        assertThat(browser.text(row(YINCHUAN) + " .stage-SIGN_FOR")).isEqualTo("2.84 / 7");
        assertThat(browser.findAll(row(XINGQING))).isEmpty();
        assertThat(browser.findAll("#trend-table tbody tr")).hasSize(12);
        assertThat(browser.find("#trend-table tbody tr:last-child th").getAttribute("textContent"))
                .isEqualTo("2026-05");
        // drawn, and given room: a chart element without a height draws a canvas nobody sees
        browser.waitFor(
                driver -> driver.findElements(org.openqa.selenium.By.cssSelector("[data-chart=line] canvas")).stream()
                        .anyMatch(canvas -> canvas.getSize().getHeight() >= 100));

        browser.open("/workbench/assessment/indicators?from=2025-03-31&to=2025-03-01");
        assertThat(browser.pageText()).contains("结束日期早于开始日期");
    }

    @Test
    void anExclusionProposedOnItsPageIsDecidedBySomeoneElse() {
        String number = complaints.file();

        browser.signedInAs(CLERK).open("/workbench/assessment/exclusions");
        browser.submit("#propose");
        assertThat(browser.pageText()).contains("案件");
        browser.type("#trackingNumber", number).type("#reason", "经核实为恶意重复投诉");
        browser.submit("#propose");
        assertThat(browser.path()).contains("done=proposed");
        String line = "tr:has(a[href$='/workbench/cases/" + number + "'])";
        assertThat(browser.text(line)).contains("经核实为恶意重复投诉", CLERK, "待审批");
        assertThat(browser.findAll(line + " form.decide"))
                .as("not by the proposer")
                .isEmpty();
        browser.lookAtBothWidths("assessment-exclusions");

        browser.signOut().signedInAs(INSPECTOR).open("/workbench/assessment/exclusions");
        browser.type(line + " input[name=comment]", "同意");
        browser.submit(line + " button[value=true]");
        assertThat(browser.path()).contains("done=approved");
        assertThat(browser.text(line)).contains("已同意", INSPECTOR, "同意");
        assertThat(browser.findAll(line + " form.decide")).isEmpty();
    }

    @Test
    void theWeightsShowEveryVersionAndTheMenuLeadsOnlyViewersToThePages() {
        browser.signedInAs(ADMIN).open("/workbench/assessment/weights");
        assertThat(browser.text("#weights tr[data-from='2000-01']")).contains("50", "70", "30", "优秀 90");
        assertThat(browser.findAll("nav.menu a[href$='/workbench/assessment/ranking']"))
                .hasSize(1);
        browser.lookAtBothWidths("assessment-weights");

        browser.signOut().signedInAs(OPERATOR).open("/workbench");
        assertThat(browser.findAll("nav.menu a[href*='/workbench/assessment/']"))
                .isEmpty();
        for (String page : List.of("ranking", "indicators", "exclusions", "weights")) {
            browser.open("/workbench/assessment/" + page);
            assertThat(browser.pageText()).as(page).contains("您无权查看这个页面");
        }
    }

    @Test
    void theMonitoringScreenShowsSatisfactionByMonthPerSourceAndTheLatestClosedRanking() {
        HandBuiltMonth.ofTheDocs(jdbc, complaints, api);
        api.as(INSPECTOR).post("/assessment/months/{month}/close", MONTH).then().statusCode(200);
        long lastMonths = jdbc.queryForObject(
                "select id from complaint where tracking_number = ?", Long.class, complaints.file());
        HandBuiltMonth may = new HandBuiltMonth(jdbc, "2026-05");
        may.callbacks(lastMonths, XIXIA, "SATISFIED", 3, 20);
        may.callbacks(lastMonths, XIXIA, "UNSATISFIED", 1, 20);
        may.rating(lastMonths, XIXIA, "BASICALLY_SATISFIED", 21);

        browser.signedInAs(INSPECTOR).open("/workbench/monitor");
        assertThat(browser.findAll("#monitor-satisfaction-table tbody tr")).hasSize(12);
        assertThat(browser.find("#monitor-satisfaction-table tbody tr:last-child th")
                        .getAttribute("textContent"))
                .isEqualTo("2026-06");
        io.restassured.path.json.JsonPath indicators = api.as(INSPECTOR)
                .queryParam("from", "2026-05-01")
                .queryParam("to", "2026-05-31")
                .get("/assessment/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        int satisfied = indicators.<Integer>getList("own.figures.callbackSatisfied").stream()
                .mapToInt(Integer::intValue)
                .sum();
        int called = indicators.<Integer>getList("own.figures.calledBack").stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(called).isGreaterThanOrEqualTo(4);
        assertThat(browser.find("#monitor-satisfaction-table tr[data-month='2026-05'] .callback")
                        .getAttribute("textContent"))
                .as("the office's callbacks of May as the indicators count them")
                .isEqualTo(String.valueOf(Math.round(1000.0 * satisfied / called) / 10.0));
        assertThat(browser.find("#monitor-satisfaction-table tr[data-month='2026-05'] .rating")
                        .getAttribute("textContent"))
                .isNotEqualTo("—");

        String latest = jdbc.queryForObject("select max(assessed_month) from assessment_month", String.class);
        assertThat(browser.text("#monitor-ranking-title")).contains(latest);
        if (latest.equals(MONTH)) {
            assertThat(browser.text("#monitor-ranking-table tr[data-bureau='" + XIXIA + "']"))
                    .contains("县级 1", "95.00", "优秀");
            assertThat(browser.text("#monitor-ranking-table tr[data-bureau='" + XINGQING + "']"))
                    .contains("县级 2", "79.32", "取消评先资格");
            assertThat(browser.findAll("#monitor-ranking-table tr[data-bureau='" + JINFENG + "']"))
                    .as("not ranked: too few cases")
                    .isEmpty();
        }
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.cssSelector("#monitor-panels [data-chart=line] canvas")));
    }

    private static String row(String bureau) {
        return "main tr[data-bureau='" + bureau + "']";
    }
}
