package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.supervision.SupervisionDriver;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Casework;
import org.xinfang.petition.support.PinnedClock;

/**
 * The inspectors' pages in the browser: cases of 大武口区 (640202) and 惠农区 (640205) run late on the engine clock,
 * as the supervision tests do, and the county's, the city's and another county's inspectors look at them.
 */
class SupervisionPagesTest extends BrowserTest {

    static final String DAWUKOU_INSPECTOR = "inspector.dawukou";
    static final String HUINONG_INSPECTOR = "inspector.huinong";
    static final String SHIZUISHAN_INSPECTOR = "inspector.shizuishan";
    static final String XINGQING_INSPECTOR = "inspector.xingqing";

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    Casework casework;

    SupervisionDriver driver;

    @BeforeEach
    void setUpDriver() {
        driver = new SupervisionDriver(api, runtime, tasks, management);
    }

    @Test
    void anInspectorSeesALateCaseOnTheBoardFlagsItAndIssuesAnOrderThatTheOrderListShows() {
        // 5 working days from Monday 09-14: overdue on Monday 09-21, its overdue timer not fired yet, so unsupervised
        PinnedClock.pinAt("2026-09-14T09:00");
        String number = driver.signedFor("640202", "HOUSEHOLD_REGISTRATION", "handler.dawukou");
        PinnedClock.pinAt("2026-09-21T09:00");

        browser.signedInAs(DAWUKOU_INSPECTOR).open("/workbench/supervision");
        new Select(browser.find("#category")).selectByValue("HOUSEHOLD_REGISTRATION");
        new Select(browser.find("#region")).selectByVisibleText("大武口区");
        new Select(browser.find("#sort")).selectByValue("dueAt,desc");
        browser.submit("form.filters button[type=submit]");
        assertThat(browser.path()).contains("category=HOUSEHOLD_REGISTRATION", "region=640202");
        String row = "tr:has(a[href$='/workbench/cases/" + number + "'])";
        assertThat(browser.text(row)).contains(number, "办理答复", "2026-09-", "未督办");
        assertThat(browser.find(row + " .time-left").getAttribute("class")).contains("overdue");
        browser.lookAtBothWidths("supervision-board");

        browser.click(row + " a[href$='/" + number + "/flag']");
        browser.waitForText("main h1", "挂牌督办");
        assertThat(browser.pageText()).contains("挂牌理由", number);
        browser.lookAtBothWidths("action-flag");
        browser.type("#reason", "明日到期，提前挂牌督办。");
        browser.submit("main form button.primary");
        assertThat(browser.path()).startsWith("/workbench/cases/" + number + "?done=flag");

        browser.open("/workbench/supervision?category=HOUSEHOLD_REGISTRATION&sort=dueAt,desc");
        assertThat(browser.text(row)).contains("督办中", "下发督办单");
        browser.click(row + " a[href$='/" + number + "/supervision-order']");
        browser.waitForText("main h1", "下发督办单");
        browser.lookAtBothWidths("action-supervision-order");
        browser.type("#instructions", "请于三个工作日内办结并书面报告。");
        browser.type("#workingDays", "3");
        browser.submit("main form button.primary");
        assertThat(browser.path()).startsWith("/workbench/cases/" + number + "?done=supervision-order");

        JsonPath orders = driver.orders(DAWUKOU_INSPECTOR, number);
        assertThat(orders.getList("content.status")).containsExactly("ISSUED");
        assertThat(orders.getString("content[0].issuedBy")).isEqualTo(DAWUKOU_INSPECTOR);
        assertThat(orders.getBoolean("content[0].flagged")).isTrue();

        browser.open("/workbench/supervision/orders?trackingNumber=" + number);
        assertThat(browser.text("main table tbody"))
                .contains(number, "第 1 次督办", "挂牌", "请于三个工作日内办结并书面报告。", "待办复", DAWUKOU_INSPECTOR);
        browser.lookAtBothWidths("supervision-orders");
        browser.language("en").open("/workbench/supervision/orders?trackingNumber=" + number);
        assertThat(browser.text("main table tbody")).contains("Order no. 1", "Flagged", "Awaiting answer");
        browser.lookAtBothWidths("supervision-orders");
        browser.open("/workbench/supervision?category=HOUSEHOLD_REGISTRATION&sort=dueAt,desc");
        assertThat(browser.text(row)).contains("Handling and reply", "Supervised");
        browser.lookAtBothWidths("supervision-board");
    }

    @Test
    void anOverdueCaseIsOnItsCountysBoardOnlyAndItsMissedOrdersEscalateToAnAccountabilityRecordTheCityConcludes() {
        String number = driver.dispatched("640205", "PUBLIC_ORDER");
        driver.overdueAt(number, ComplaintProcess.Boundary.SIGN_FOR_OVERDUE, "2026-06-03T09:00");

        String board = "/workbench/supervision?stage=SIGN_FOR&category=PUBLIC_ORDER&size=200";
        String row = "tr:has(a[href$='/workbench/cases/" + number + "'])";
        browser.signedInAs(HUINONG_INSPECTOR).open(board);
        assertThat(browser.text(row)).contains(number, "签收", "督办中");
        assertThat(browser.find(row + " .time-left").getAttribute("class")).contains("overdue");
        assertThat(browser.text(row + " .time-left")).contains("超期");

        browser.open("/workbench/supervision?minDaysOverdue=0");
        assertThat(browser.text("#minDaysOverdue-error"))
                .as("a filter refused beside it")
                .isNotBlank();
        assertThat(browser.find("#minDaysOverdue").getAttribute("value")).isEqualTo("0");

        browser.signOut().signedInAs(DAWUKOU_INSPECTOR).open(board);
        assertThat(browser.findAll(row)).as("another county's case").isEmpty();
        browser.open("/workbench/cases/" + number + "/flag");
        assertThat(browser.pageText()).doesNotContain("挂牌理由");

        driver.issueOrder(HUINONG_INSPECTOR, number, Map.of("instructions", "请立即签收办理。", "workingDays", 1));
        driver.orderDeadlinePasses(number);
        driver.orderDeadlinePasses(number);

        browser.signOut()
                .signedInAs(SHIZUISHAN_INSPECTOR)
                .open("/workbench/supervision/orders?sort=issuedAt,asc&trackingNumber=" + number);
        assertThat(browser.text("main table tbody")).contains("逾期未办复", "升级督办", "系统自动下发", "石嘴山市公安局", "惠农区分局");
        browser.open("/workbench/supervision/accountability?trackingNumber=" + number);
        String record = "article:has(a[href$='/workbench/cases/" + number + "'])";
        assertThat(browser.text(record)).contains("惠农区分局", "待处理", "第 1 次督办", "第 2 次督办");
        browser.lookAtBothWidths("supervision-accountability");

        browser.click(record + " a[href$='/conclusion']");
        browser.waitForText("main h1", "记录问责结论");
        browser.lookAtBothWidths("supervision-accountability-conclusion");
        browser.type("#outcome", "约谈分局负责人，全市通报。");
        browser.click("main form button.primary");
        browser.waitFor(ExpectedConditions.urlContains("/workbench/supervision/accountability?concluded="));
        assertThat(browser.text(".notice.success")).contains("结论已记录");
        browser.open("/workbench/supervision/accountability?trackingNumber=" + number);
        assertThat(browser.text(record)).contains("已办结", "约谈分局负责人，全市通报。", SHIZUISHAN_INSPECTOR);
        assertThat(browser.findAll(record + " a[href$='/conclusion']")).isEmpty();
        assertThat(api.as(SHIZUISHAN_INSPECTOR)
                        .queryParam("trackingNumber", number)
                        .get("/supervision/accountability")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("content[0].status"))
                .isEqualTo("CONCLUDED");

        browser.language("en").open("/workbench/supervision/accountability?trackingNumber=" + number);
        assertThat(browser.text(record)).contains("Huinong Sub-bureau", "Concluded", "Order no. 2");
        browser.lookAtBothWidths("supervision-accountability");
        browser.signOut().signedInAs(HUINONG_INSPECTOR).open("/workbench/supervision/accountability?status=OPEN");
        browser.lookAtBothWidths("supervision-accountability-empty");
    }

    @Test
    void aCaseUnsatisfiedTwiceAwaitsTheInspectorsReviewOnTheOrdersPageAndTheReviewClosesIt() {
        String number = casework.file();
        casework.awaitingCallback(number);
        casework.callback(number, CallbackResult.UNSATISFIED);
        casework.repliedAgain(number);
        casework.callback(number, CallbackResult.UNSATISFIED);

        browser.signedInAs(XINGQING_INSPECTOR).open("/workbench/supervision/orders");
        assertThat(browser.text("#reviews-title")).contains("待督查复核");
        browser.lookAtBothWidths("supervision-orders-reviews");
        browser.open("/workbench/cases/" + number + "/inspector-review");
        assertThat(browser.pageText()).contains(number, "复核结论");
        browser.lookAtBothWidths("action-inspector-review");
        browser.type("#conclusion", "经复核，分局答复属实，处理得当，本案办结。");
        browser.submit("main form button.primary");
        assertThat(browser.path()).startsWith("/workbench/cases/" + number + "?done=inspector-review");
        assertThat(complaints.detail(number).getList("timeline.type", String.class))
                .contains("REVIEWED");

        browser.language("en").open("/workbench/supervision/orders");
        browser.lookAtBothWidths("supervision-orders-reviews");
    }

    @Test
    void theWeeklySummaryShowsEachRegionOfTheScopeAndRefusesAWeekThatIsNone() {
        browser.signedInAs(SHIZUISHAN_INSPECTOR).open("/workbench/supervision/summary?week=2026-W23");
        assertThat(browser.text("main h1")).contains("督办周报", "2026-W23");
        assertThat(browser.pageText()).contains("2026-06-01 至 2026-06-07");
        assertThat(browser.text("main table")).contains("石嘴山市", "大武口区", "惠农区", "平罗县", "合计");
        browser.lookAtBothWidths("supervision-summary");

        browser.click("a[rel=next]");
        browser.waitForText("main h1", "2026-W24");
        assertThat(browser.text("main h1")).contains("2026-W24");

        browser.open("/workbench/supervision/summary?week=2026-W54");
        assertThat(browser.pageText())
                .as(browser.find("main").getAttribute("innerHTML"))
                .contains("应为 ISO 周");
        assertThat(browser.text("#week-error")).contains("2026-W23");
        assertThat(browser.find("#week").getAttribute("aria-invalid")).isEqualTo("true");

        browser.language("en").open("/workbench/supervision/summary?week=2026-W23");
        assertThat(browser.text("main table")).contains("Shizuishan", "Huinong District", "Total", "Orders issued");
        browser.lookAtBothWidths("supervision-summary");
    }
}
