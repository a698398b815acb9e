package org.xinfang.petition.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Browser;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;

/**
 * The monitoring screen in the browser: every chart drawn (ECharts' canvas inside each chart element) at a wall
 * screen's width, a phone's and a desktop's, in Chinese and in English; its panels fetched again in place.
 */
class MonitorScreenTest extends BrowserTest {

    @Test
    void theScreenDrawsEveryChartOnAWallAPhoneAndADesktopInBothLanguages() {
        Complaints complaints = new Complaints(new Api(port));
        complaints.file();
        complaints.dispatched();
        browser.signedInAs(Logins.INSPECTOR);
        for (String language : List.of("zh-CN", "en")) {
            browser.language(language).wall().open(MonitorPage.PATH);
            waitForEveryChart();
            assertThat(Long.parseLong(browser.text("tr[data-period=TODAY] td.received")))
                    .as("cases received today")
                    .isGreaterThanOrEqualTo(2);
            browser.look("monitor", Browser.WALL);
            browser.lookAtBothWidths("monitor");
        }
        assertThat(browser.text("h1")).isEqualTo("Monitoring screen");
        assertThat(browser.text("#monitor-periods-table thead")).contains("Received", "Closed", "In progress");
    }

    @Test
    void thePanelsAreFetchedAgainAndDrawnInPlace() {
        browser.signedInAs(Logins.CLERK).open(MonitorPage.PATH);
        waitForEveryChart();
        WebElement before = browser.find("#monitor-panels");

        browser.driver()
                .executeScript(
                        "htmx.ajax('GET', arguments[0], {target: '#monitor-panels', swap: 'outerHTML'})",
                        MonitorPage.PATH + "/panels");
        browser.waitFor(driver -> !isAttached(before));
        waitForEveryChart();
        assertThat(browser.text("#monitor-periods-table tbody")).contains("今日", "本月", "本年");
    }

    @Test
    void anOperatorIsToldTheyCountNoCases() {
        browser.signedInAs(Logins.OPERATOR).open(MonitorPage.PATH);

        assertThat(browser.text("main .notice")).contains("不查看案件");
        assertThat(browser.findAll(".chart")).isEmpty();
    }

    private void waitForEveryChart() {
        browser.waitFor(driver -> {
            List<WebElement> charts = driver.findElements(By.cssSelector("#monitor-panels .chart"));
            return charts.size() >= 4
                    && charts.stream()
                            .allMatch(chart -> !chart.findElements(By.cssSelector("canvas, svg"))
                                    .isEmpty());
        });
    }

    private static boolean isAttached(WebElement element) {
        try {
            element.isDisplayed();
            return true;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return false;
        }
    }
}
