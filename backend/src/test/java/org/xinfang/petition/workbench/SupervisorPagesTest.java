package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.OFFICE_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.YINCHUAN_DISCIPLINE;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.supervision.SupervisionDriver;
import org.xinfang.petition.support.BrowserTest;

/**
 * The supervisors beside the inspectors, in the browser: a discipline inspector (纪检监察) records an inspection visit
 * and raises accountability on their pages; the petition office's leader flags a bureau's case and issues the office's
 * order from the case page, and the order list names the office as its issuer.
 */
class SupervisorPagesTest extends BrowserTest {

    static final String FINDINGS = "突击检查发现接待窗口未公示投诉渠道。";

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    SupervisionDriver driver;

    @BeforeEach
    void setUpDriver() {
        driver = new SupervisionDriver(api, runtime, tasks, management);
    }

    @Test
    void aDisciplineInspectorRecordsAVisitAndRaisesAccountabilityOnAConductCase() {
        String conduct = driver.signedFor("640104", "POLICE_CONDUCT", XINGQING_HANDLER);

        browser.signedInAs(YINCHUAN_DISCIPLINE).open("/workbench/supervision/visits");
        browser.click("a[href$='/workbench/supervision/visits/new']");
        browser.waitForText("main h1", "登记检查");
        browser.type("#unit", "psb-640104")
                .click("input[name=kind][value=SURPRISE]")
                .type("#visitedOn", "2026-13-01")
                .type("#findings", FINDINGS);
        browser.lookAtBothWidths("supervision-visit");
        browser.submit("main form button.primary");
        assertThat(browser.text("#visitedOn-error"))
                .as("an unreadable day refused beside it")
                .isNotBlank();
        assertThat(browser.find("#findings").getAttribute("value")).isEqualTo(FINDINGS);
        assertThat(browser.find("input[name=kind][value=SURPRISE]").isSelected())
                .isTrue();
        browser.type("#visitedOn", "2026-05-28").submit("main form button.primary");

        assertThat(browser.path()).startsWith("/workbench/supervision/visits?recorded=");
        assertThat(browser.text("main table tbody")).contains("2026-05-28", "兴庆区分局", "突击检查", FINDINGS);
        browser.lookAtBothWidths("supervision-visits");

        browser.open("/workbench/supervision/accountability/new?trackingNumber=" + conduct);
        assertThat(browser.find("#trackingNumber").getAttribute("value")).isEqualTo(conduct);
        browser.click("input[name=behaviour][value=PERFUNCTORY]")
                .type("#handler", XINGQING_HANDLER)
                .type("#facts", "答复避重就轻，未回应执法录像的诉求。")
                .type("#evidence", "答复书第 2 页\n通话录音 2026-05-20");
        browser.lookAtBothWidths("supervision-raise");
        browser.submit("main form button.primary");

        assertThat(browser.path()).startsWith("/workbench/supervision/accountability?raised=");
        String record = "article:has(a[href$='/workbench/cases/" + conduct + "'])";
        assertThat(browser.text(record)).contains("兴庆区分局", "敷衍", XINGQING_HANDLER, "答复书第 2 页", "待处理");
    }

    @Test
    void theOfficeLeaderFlagsABureausCaseAndIssuesTheOfficesOrderFromTheCasePage() {
        String number = driver.signedFor("640104", "HOUSEHOLD_REGISTRATION", XINGQING_HANDLER);

        browser.signedInAs(OFFICE_LEADER).open("/workbench/cases/" + number);
        browser.click("a[href$='/" + number + "/flag']");
        browser.waitForText("main h1", "挂牌督办");
        browser.type("#reason", "群众反映强烈，信访办挂牌督办。").submit("main form button.primary");
        assertThat(browser.path()).startsWith("/workbench/cases/" + number + "?done=flag");

        browser.click("a[href$='/" + number + "/supervision-order']");
        browser.waitForText("main h1", "下发督办单");
        browser.type("#instructions", "请五个工作日内办结并报信访办。").submit("main form button.primary");
        assertThat(browser.path()).startsWith("/workbench/cases/" + number + "?done=supervision-order");

        browser.open("/workbench/supervision/orders?trackingNumber=" + number);
        assertThat(browser.text("main table tbody"))
                .contains("自治区公安厅信访办", "督办层级：银川市公安局兴庆区分局", "请五个工作日内办结并报信访办。", OFFICE_LEADER);
        browser.lookAtBothWidths("supervision-orders-office");
    }
}
