package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.Pages;

class ListPagesTest extends BrowserTest {

    /** 西夏区: few other tests file exit-and-entry cases there. */
    private static final String XIXIA_REGION = "640105";

    /** The page of the work queue (20 tasks a page) that lists the case, as the API reads the same queue. */
    static int queuePageOf(Api api, String login, String stage, String number) {
        List<String> queue = Pages.trackingNumbers(() -> api.as(login).queryParam("stage", stage), "/work-queue");
        assertThat(queue).contains(number);
        return queue.indexOf(number) / 20;
    }

    @Test
    void theCaseListFiltersOrdersAndPagesOnTheServer() {
        String first = fileExitEntryIn(XIXIA_REGION, "出入境证件办理窗口推诿一");
        String second = fileExitEntryIn(XIXIA_REGION, "出入境证件办理窗口推诿二");
        String third = fileExitEntryIn(XIXIA_REGION, "出入境证件办理窗口推诿三");
        browser.signInAs(CLERK).open("/workbench/cases");

        new Select(browser.find("#category")).selectByValue("EXIT_ENTRY");
        browser.type("#region", XIXIA_REGION);
        new Select(browser.find("#sort")).selectByValue("receivedAt,desc");
        browser.submit("form.filters button.primary");

        assertThat(browser.path()).contains("category=EXIT_ENTRY", "region=640105");
        assertThat(column(2)).allSatisfy(status -> assertThat(status).isEqualTo("待受理"));
        assertThat(column(0)).startsWith(third, second, first);
        browser.lookAtBothWidths("cases");

        browser.open(browser.path() + "&size=2");
        assertThat(column(0)).containsExactly(third, second);
        browser.click("a[rel=next]");
        assertThat(column(0)).first().isEqualTo(first);
        assertThat(browser.text(".pager")).contains("第 2 页");

        browser.language("en").open("/workbench/cases?category=EXIT_ENTRY&region=640105&sort=receivedAt,asc");
        List<String> times = browser.findAll("table.cases tbody td time").stream()
                .map(time -> time.getAttribute("datetime"))
                .toList();
        assertThat(times).isSortedAccordingTo(String::compareTo);
        assertThat(browser.pageText()).contains("Exit and entry");
        browser.lookAtBothWidths("cases");
    }

    @Test
    void myTasksShowTheStagesTasksInDueOrderWithTheirCountdown() {
        String number = complaints.accepted();
        complaints.act(CLERK, number, "dispatch", Map.of("bureau", Logins.YINCHUAN));
        int page = queuePageOf(api, Logins.YINCHUAN_HANDLER, "SIGN_FOR", number);
        browser.signInAs(Logins.YINCHUAN_HANDLER).open("/workbench/tasks");

        new Select(browser.find("#stage")).selectByValue("SIGN_FOR");
        browser.submit("form.filters button.primary");
        browser.open(browser.path() + "&page=" + page);

        WebElement row = browser.find("table.queue tbody tr:has(a[href$='/cases/" + number + "'])");
        assertThat(row.getText()).contains("民警执法态度问题", "签收");
        assertThat(row.findElement(By.cssSelector(".time-left")).getAttribute("class"))
                .contains("on-time");
        assertThat(browser.findAll("table.queue tbody tr td:nth-child(3)"))
                .allSatisfy(stage -> assertThat(stage.getText()).isEqualTo("签收"));
        browser.lookAtBothWidths("tasks");
        browser.language("en").open("/workbench/tasks?stage=SIGN_FOR").lookAtBothWidths("tasks");
    }

    private String fileExitEntryIn(String region, String subject) {
        Map<String, Object> complaint = Complaints.webComplaintWith("category", "EXIT_ENTRY");
        complaint.put("region", region);
        complaint.put("subject", subject);
        return complaints.file(complaint).getString("trackingNumber");
    }

    /** The texts of one column of the case list, top to bottom. */
    private List<String> column(int index) {
        return browser.findAll("table.cases tbody tr").stream()
                .map(row -> row.findElements(By.tagName("td")).get(index).getText())
                .toList();
    }
}
