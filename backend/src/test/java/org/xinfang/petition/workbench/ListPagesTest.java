package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.Pages;
import org.xinfang.petition.support.PinnedClock;

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
        browser.signedInAs(CLERK).open("/workbench/cases");

        new Select(browser.find("#category")).selectByValue("EXIT_ENTRY");
        new Select(browser.find("#region")).selectByVisibleText("西夏区");
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
        browser.signedInAs(Logins.YINCHUAN_HANDLER).open("/workbench/tasks");

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

    @Test
    void theCaseListFindsCasesByWordsOfTheSubjectAndTheDaysTheyWereReceived() {
        String words = "户籍窗口" + UUID.randomUUID().toString().substring(0, 6);
        PinnedClock.pinAt("2026-06-02T10:00");
        String onTheSecond = fileWithSubject(words + "推诿一");
        PinnedClock.pinAt("2026-06-03T10:00");
        String onTheThird = fileWithSubject(words + "推诿二");
        browser.signedInAs(CLERK).open("/workbench/cases");

        browser.type("#q", words);
        browser.submit("form.filters button.primary");
        assertThat(column(0)).containsExactlyInAnyOrder(onTheSecond, onTheThird);

        browser.open("/workbench/cases?q=" + words + "&receivedFrom=2026-06-03&receivedTo=2026-06-03");
        assertThat(column(0)).containsExactly(onTheThird);
        assertThat(browser.find("#q").getAttribute("value")).isEqualTo(words);
        assertThat(browser.find("#receivedFrom").getAttribute("value")).isEqualTo("2026-06-03");
        browser.open("/workbench/cases?q=" + onTheSecond);
        assertThat(column(0)).containsExactly(onTheSecond);
        browser.lookAtBothWidths("cases-search");
    }

    @Test
    void aPeriodOfTheCaseListEndingBeforeItStartsIsShownBesideItsEnd() {
        browser.signedInAs(CLERK).open("/workbench/cases?receivedFrom=2026-06-03&receivedTo=2026-06-02");

        assertThat(browser.text("#receivedTo-error")).contains("收到日期止");
        assertThat(browser.find("#receivedTo").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findAll("table.cases")).isEmpty();
        browser.lookAtBothWidths("cases-refused");
    }

    @Test
    void myTasksComeInTheOrderChosenAndThePagerKeepsItWithTheFilters() {
        List<String> filed = fileNowAndAt("2026-06-03T09:00");
        String older = filed.get(0);
        String newer = filed.get(1);
        browser.signedInAs(CLERK).open("/workbench/tasks");

        new Select(browser.find("#stage")).selectByValue("TRIAGE");
        new Select(browser.find("#sort")).selectByValue("createdAt,desc");
        browser.submit("form.filters button.primary");
        assertThat(browser.path()).contains("stage=TRIAGE", "sort=createdAt");
        assertThat(new Select(browser.find("#sort")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("createdAt,desc");

        browser.open(browser.path() + "&size=2000");
        List<String> newestFirst = queueColumn();
        assertThat(newestFirst.indexOf(newer)).isNotNegative().isLessThan(newestFirst.indexOf(older));
        browser.open("/workbench/tasks?stage=TRIAGE&size=2000");
        List<String> dueFirst = queueColumn();
        assertThat(dueFirst.indexOf(older)).isNotNegative().isLessThan(dueFirst.indexOf(newer));

        browser.open("/workbench/tasks?stage=TRIAGE&overdue=false&sort=createdAt,asc&size=1");
        String next = browser.find(".pager a[rel=next]").getAttribute("href");
        assertThat(next).contains("stage=TRIAGE", "overdue=false", "sort=createdAt", "size=1", "page=1");
    }

    @Test
    void myTasksCanShowOnlyTheOverdueOnes() {
        List<String> lateThenFresh = fileNowAndAt("2026-07-20T09:00");
        browser.signedInAs(CLERK).open("/workbench/tasks?stage=TRIAGE");

        browser.click("#overdue");
        browser.submit("form.filters button.primary");
        assertThat(browser.find("#overdue").isSelected()).isTrue();
        browser.open(browser.path() + "&size=2000");

        assertThat(queueColumn()).contains(lateThenFresh.get(0)).doesNotContain(lateThenFresh.get(1));
        assertThat(browser.findAll("table.queue .time-left"))
                .allSatisfy(badge -> assertThat(badge.getAttribute("class")).contains("overdue"));
    }

    @Test
    void aQueueSortedByWhatItDoesNotOfferIsRefused() {
        browser.signedInAs(CLERK).open("/workbench/tasks?sort=subject,asc");

        assertThat(browser.text("h1")).contains("出错了");
        assertThat(browser.pageText()).contains("排序");
    }

    private String fileWithSubject(String subject) {
        return complaints.file(Complaints.webComplaintWith("subject", subject)).getString("trackingNumber");
    }

    private String fileExitEntryIn(String region, String subject) {
        Map<String, Object> complaint = Complaints.webComplaintWith("category", "EXIT_ENTRY");
        complaint.put("region", region);
        complaint.put("subject", subject);
        return complaints.file(complaint).getString("trackingNumber");
    }

    /** A case filed now and another at a later Beijing time, the clock left there. */
    private List<String> fileNowAndAt(String later) {
        String first = complaints.file();
        PinnedClock.pinAt(later);
        return List.of(first, complaints.file());
    }

    /** The tracking numbers of the work queue's table, top to bottom. */
    private List<String> queueColumn() {
        return browser.findAll("table.queue tbody tr td:first-child").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The texts of one column of the case list, top to bottom. */
    private List<String> column(int index) {
        return browser.findAll("table.cases tbody tr").stream()
                .map(row -> row.findElements(By.tagName("td")).get(index).getText())
                .toList();
    }
}
