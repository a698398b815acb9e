package org.xinfang.petition.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.attachment.SampleFiles;
import org.xinfang.petition.supervision.SupervisionDriver;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PinnedClock;

/**
 * The whole life of a complaint through the pages only, as its people see it: a citizen on a phone files with an
 * attachment and looks it up; the petition office triages and dispatches; the bureau returns it once and it is
 * dispatched again; the handler signs for and replies, the leader sends the reply back once and then approves; the
 * office's callback finds the citizen unsatisfied and the case reopens; it is replied again and the citizen reads the
 * reply, downloads its file and rates it; an inspector finds an overdue case on the board and issues an order; an administrator
 * creates a handler who then signs in and works, and adds a holiday. In Chinese and in English; every page it passes is
 * looked at on a phone and a desktop (screenshots under target/screenshots/, axe-core's check), an action's pages the
 * first time it is taken (a second triage or reply shows the same pages again, and each look costs Chromium about
 * half a second).
 */
class JourneyTest extends BrowserTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    private static final String SUBMIT = "main form button.primary";
    private static final String NEW_PASSWORD = "Xf-2026-new-handler";
    private static final String HOLIDAY = "2025-12-30";
    private static final String CSRF_COOKIE = "XF-CSRF";
    private static final String FINAL_REPLY_FILE = "复查结论.txt";
    private static final String FINAL_REPLY_FILE_TEXT = "复查结论：处理结果已当面告知投诉人。";

    private final Set<String> actionsLookedAt = new HashSet<>();

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh-CN", "en"})
    void aComplaintGoesFromTheCitizenThroughEveryDeskAndBackThroughThePagesAlone(String language) {
        browser.language(language);
        actionsLookedAt.clear();

        Filed filed = aCitizenOnAPhoneFilesWithAnAttachment();
        String number = filed.number();
        theCitizenLooksItUp(filed, "journey-lookup-received");

        as(Logins.CLERK);
        take(number, "triage", () -> browser.click("input[name=triageDecision][value=ACCEPT]"));
        take(number, "dispatch", () -> {});

        as(Logins.XINGQING_HANDLER);
        browser.open("/workbench/inbox").lookAtBothWidths("journey-inbox");
        take(
                number,
                "sign-for",
                () -> browser.click("input[name=signForDecision][value=RETURN]")
                        .type("#reason", "事发地不属本分局管辖，请核实 / not our district"));

        // A returned case is the petition office's again, from its triage on.
        as(Logins.CLERK);
        take(number, "triage", () -> browser.click("input[name=triageDecision][value=ACCEPT]"));
        take(number, "dispatch", () -> {});

        as(Logins.XINGQING_HANDLER);
        take(number, "sign-for", () -> browser.click("input[name=signForDecision][value=SIGN_FOR]"));
        take(number, "reply", () -> {
            browser.type("#replyText", Complaints.REPLY_TEXT);
            browser.find("#files").sendKeys(file("调查报告.txt", "调查情况：已核实。"));
        });

        as(Logins.XINGQING_LEADER);
        take(
                number,
                "approve-reply",
                () -> browser.click("input[name=replyApproved][value=false]").type("#comment", "事实不清，请补充调查。"));

        as(Logins.XINGQING_HANDLER);
        take(number, "reply", () -> browser.type("#replyText", Complaints.REPLY_TEXT + "（补充调查）"));
        as(Logins.XINGQING_LEADER);
        take(number, "approve-reply", () -> browser.click("input[name=replyApproved][value=true]"));

        as(Logins.CLERK);
        browser.open("/workbench/callbacks").lookAtBothWidths("journey-callbacks");
        take(
                number,
                "callback",
                () -> browser.click("input[name=callbackResult][value=UNSATISFIED]")
                        .type("#comment", "投诉人认为未说明处理结果"));
        assertThat(complaints.detail(number).getString("status")).as("reopened").isEqualTo("IN_HANDLING");

        String finalReply = "经复查，已向投诉人当面说明处理结果并致歉。";
        as(Logins.XINGQING_HANDLER);
        take(number, "reply", () -> {
            browser.type("#replyText", finalReply);
            browser.find("#files").sendKeys(file(FINAL_REPLY_FILE, FINAL_REPLY_FILE_TEXT));
        });
        as(Logins.XINGQING_LEADER);
        take(number, "approve-reply", () -> browser.click("input[name=replyApproved][value=true]"));

        browser.signOut().phone();
        theCitizenLooksItUp(filed, "journey-lookup-replied");
        assertThat(browser.pageText())
                .contains(finalReply)
                .contains(FINAL_REPLY_FILE)
                .as("the file of the reply the leader sent back")
                .doesNotContain("调查报告.txt");
        theCitizenDownloadsTheReplysFile();
        theCitizenRatesTheReply(number);

        anInspectorFindsAnOverdueCaseOnTheBoardAndIssuesAnOrder();
        anAdministratorCreatesAHandlerWhoSignsInAndWorks();
        anAdministratorAddsAHoliday();
    }

    /** A 大武口 case signed for on Monday 09-14 is late on Monday 09-21: its county's inspector sees it in red. */
    private void anInspectorFindsAnOverdueCaseOnTheBoardAndIssuesAnOrder() {
        SupervisionDriver driver = new SupervisionDriver(api, runtime, tasks, management);
        PinnedClock.pinAt("2026-09-14T09:00");
        String late = driver.signedFor("640202", "HOUSEHOLD_REGISTRATION", "handler.dawukou");
        PinnedClock.pinAt("2026-09-21T09:00");

        as("inspector.dawukou");
        browser.open("/workbench/supervision?category=HOUSEHOLD_REGISTRATION");
        String row = "tr:has(a[href$='/workbench/cases/" + late + "'])";
        assertThat(browser.find(row + " .time-left").getAttribute("class")).contains("overdue");
        browser.lookAtBothWidths("journey-supervision-board");
        browser.click(row + " a[href$='/" + late + "/flag']");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(SUBMIT)));
        browser.type("#reason", "已超期，挂牌督办。");
        browser.lookAtBothWidths("journey-flag");
        submit(SUBMIT);
        assertThat(browser.path()).contains("?done=flag");

        browser.open("/workbench/supervision?category=HOUSEHOLD_REGISTRATION");
        browser.click(row + " a[href$='/" + late + "/supervision-order']");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(SUBMIT)));
        browser.type("#instructions", "请于三个工作日内办结并书面报告。").type("#workingDays", "3");
        browser.lookAtBothWidths("journey-supervision-order");
        submit(SUBMIT);
        assertThat(browser.path()).contains("?done=supervision-order");
        assertThat(driver.orders("inspector.dawukou", late).getList("content.status"))
                .containsExactly("ISSUED");
        browser.open("/workbench/supervision/orders?trackingNumber=" + late).lookAtBothWidths("journey-orders");
    }

    private void anAdministratorCreatesAHandlerWhoSignsInAndWorks() {
        String username = "journey." + browser.language().substring(0, 2) + "." + System.nanoTime() % 100000;
        as(Logins.ADMIN);
        browser.open("/workbench/admin/staff/new");
        browser.type("#username", username).type("#displayName", "兴庆区分局 新民警");
        new Select(browser.find("#unit")).selectByValue(Logins.XINGQING);
        browser.click("#role-HANDLER").type("#password", NEW_PASSWORD);
        browser.lookAtBothWidths("journey-admin-new-handler");
        submit("main form button[type=submit]");
        assertThat(browser.path()).startsWith("/workbench/admin/staff/" + username);
        browser.lookAtBothWidths("journey-admin-handler");

        String dispatched = complaints.dispatch(complaints.accept(complaints.file()));
        browser.signOut().open("/workbench/login").type("#username", username).type("#password", NEW_PASSWORD);
        submit("main form button[type=submit]");
        take(dispatched, "sign-for", () -> browser.click("input[name=signForDecision][value=SIGN_FOR]"));
        assertThat(complaints.detail(dispatched).getString("status")).isEqualTo("IN_HANDLING");
    }

    /**
     * Adds a holiday to a past year and sees it in the calendar; then takes it away, so that the suite's other tests
     * count the official days of every year.
     */
    private void anAdministratorAddsAHoliday() {
        as(Logins.ADMIN);
        browser.open("/workbench/admin/calendar?year=2025");
        browser.driver().executeScript("document.querySelector('#date').value = arguments[0]", HOLIDAY);
        browser.type("#holidayName", "临时休假 / Extra holiday");
        browser.lookAtBothWidths("journey-admin-calendar");
        submit("form[action$='/calendar/days'] button[type=submit]");
        assertThat(browser.text("#calendar-days")).contains(HOLIDAY);

        browser.submitConfirmed("form[action$='/calendar/days/removal'] input[value='" + HOLIDAY + "'] ~ button");
        assertThat(browser.text("#calendar-days")).doesNotContain(HOLIDAY);
    }

    /** What the confirmation page gave the citizen to keep. */
    private record Filed(String number, String queryCode) {}

    private Filed aCitizenOnAPhoneFilesWithAnAttachment() {
        browser.signOut().phone().open("/");
        browser.lookAtBothWidths("journey-portal").phone();
        browser.click(".tiles a[href$='/portal/file']");
        browser.type("#complainant-name", "张伟").type("#complainant-idNumber", "11010519491231002X");
        browser.type("#complainant-phone", "138 1234 5678").type("#complainant-address", "宁夏银川市兴庆区解放街1号");
        new Select(browser.find("#category")).selectByValue("POLICE_CONDUCT");
        new Select(browser.find("#region")).selectByValue(Logins.XINGQING_REGION);
        browser.type("#subject", "民警执法态度问题");
        browser.type("#content", "3月5日在兴庆区某派出所办理业务时民警态度恶劣。");
        browser.find("#files").sendKeys(png());
        browser.lookAtBothWidths("journey-file").phone();
        browser.click("main form button[type=submit]");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".query-code")));
        browser.lookAtBothWidths("journey-filed");
        return new Filed(browser.text(".tracking-number"), browser.text(".query-code"));
    }

    /** Posts the download's form as the page carries it: its action, hidden fields and the portal's CSRF cookie. */
    private void theCitizenDownloadsTheReplysFile() {
        WebElement form = browser.find(".reply-files form");
        RequestSpecification post = given().port(port)
                .cookie(
                        CSRF_COOKIE,
                        browser.driver().manage().getCookieNamed(CSRF_COOKIE).getValue())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (WebElement hidden : form.findElements(By.cssSelector("input[type=hidden]"))) {
            post = post.formParam(hidden.getDomAttribute("name"), hidden.getDomAttribute("value"));
        }
        Response download = post.post(form.getDomAttribute("action"));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asString()).isEqualTo(FINAL_REPLY_FILE_TEXT);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
    }

    /** 好差评 on the lookup page: the verdict is taken, shown to the citizen and to the office. */
    private void theCitizenRatesTheReply(String number) {
        browser.click("input[name=verdict][value=BASICALLY_SATISFIED]");
        browser.type("#comment", "已当面说明，基本满意。");
        submit("form[action$='/portal/lookup/rating'] button[type=submit]");
        assertThat(browser.findAll(".notice.success")).isNotEmpty();
        assertThat(browser.find(".rating-given .verdict").getText()).isNotBlank();
        browser.lookAtBothWidths("journey-rated");
        assertThat(complaints.detail(number).getString("rating.verdict")).isEqualTo("BASICALLY_SATISFIED");
    }

    private void theCitizenLooksItUp(Filed filed, String screenshot) {
        browser.signOut().phone().open("/portal/lookup");
        browser.type("#trackingNumber", filed.number()).type("#queryCode", filed.queryCode());
        browser.click("main form button[type=submit]");
        browser.waitForText(".tracking-number", filed.number());
        browser.lookAtBothWidths(screenshot);
    }

    private void as(String login) {
        browser.signOut().desktop().signInAs(login);
    }

    /**
     * From the case page, takes the action offered there: fills its form, looks at the pages (the first time this
     * action is taken), submits, and is back on the case page with the action done.
     */
    private void take(String number, String action, Runnable fill) {
        boolean firstTime = actionsLookedAt.add(action);
        browser.open("/workbench/cases/" + number);
        if (firstTime) {
            browser.lookAtBothWidths("journey-case-before-" + action);
        }
        browser.click(".case-actions a[href$='/" + number + "/" + action + "']");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(SUBMIT)));
        fill.run();
        if (firstTime) {
            browser.lookAtBothWidths("journey-" + action);
        }
        submit(SUBMIT);
        assertThat(browser.path()).as("%s taken", action).contains("?done=" + action);
    }

    private void submit(String button) {
        browser.submit(button);
    }

    private static String png() {
        return file("evidence.png", SampleFiles.png());
    }

    private static String file(String name, String text) {
        return file(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String file(String name, byte[] content) {
        try {
            return Files.write(Files.createTempDirectory("journey").resolve(name), content)
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
