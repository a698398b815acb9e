package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PinnedClock;

/** The bureau's handler and leader at work in the workbench: the inbox, and each action on its own page. */
class BureauPagesTest extends BrowserTest {

    private static final String SUBMIT = "main form button.primary";

    @Test
    void theHandlerFindsTheOverdueCaseFirstInTheInboxAndSignsForIt() {
        // Dispatched two months ago, its sign-for is long overdue: the earliest due, it heads the inbox.
        PinnedClock.pinAt("2026-04-01T09:00");
        String number = complaints.dispatched();
        PinnedClock.pinAt(PinnedClock.BASE);
        String row = "tr[data-case='" + number + "']";

        browser.signedInAs(XINGQING_HANDLER).open("/workbench/inbox?stage=SIGN_FOR");
        assertThat(browser.text(row)).contains("签收", "已超期");
        assertThat(browser.find(row + " .time-left").getAttribute("class")).contains("overdue");
        browser.lookAtBothWidths("bureau-inbox");
        browser.open("/workbench/inbox?stage=HANDLING");
        assertThat(browser.findAll(row)).as("filtered by stage").isEmpty();
        browser.language("en").open("/workbench/inbox?stage=SIGN_FOR");
        assertThat(browser.text(row)).contains("sign-for", "Overdue");
        browser.lookAtBothWidths("bureau-inbox");

        browser.language("zh-CN").open("/workbench/inbox?stage=SIGN_FOR").click(row + " a.action");
        assertThat(browser.path()).startsWith("/workbench/cases/" + number + "/sign-for");
        browser.lookAtBothWidths("action-sign-for");
        browser.click("input[name=signForDecision][value=SIGN_FOR]").submit(SUBMIT);

        assertTaken(number, "sign-for");
        assertThat(complaints.detail(number).getList("openTasks.stage")).containsExactly("HANDLING");
    }

    @Test
    void theInboxShowsTheNewestArrivalsFirstOrOnlyTheOverdueAndItsPagerKeepsThat() {
        PinnedClock.pinAt("2026-04-01T09:00");
        String overdue = complaints.dispatched();
        PinnedClock.pinAt(PinnedClock.BASE);
        String fresh = complaints.dispatched();
        browser.signedInAs(XINGQING_HANDLER).open("/workbench/inbox?stage=SIGN_FOR");

        new Select(browser.find("#sort")).selectByValue("createdAt,desc");
        browser.submit("#inbox-cases ~ form button[type=submit]");
        browser.open(browser.path() + "&size=2000");
        List<String> newestFirst = inboxCases();
        assertThat(newestFirst.indexOf(fresh)).isNotNegative().isLessThan(newestFirst.indexOf(overdue));

        browser.open("/workbench/inbox?stage=SIGN_FOR&overdue=true&size=2000");
        assertThat(browser.find("#overdue").isSelected()).isTrue();
        assertThat(inboxCases()).contains(overdue).doesNotContain(fresh);

        browser.open("/workbench/inbox?stage=SIGN_FOR&sort=createdAt,desc&size=1");
        assertThat(browser.find("nav[aria-label='待办案件分页'] a[rel=next]").getAttribute("href"))
                .contains("stage=SIGN_FOR", "sort=createdAt", "page=1");
    }

    @Test
    void aReturnNeedsItsReasonAndThenGoesBackToThePetitionOffice() {
        String number = complaints.dispatched();
        browser.language("en").signedInAs(XINGQING_HANDLER).open("/workbench/cases/" + number + "/sign-for");
        browser.lookAtBothWidths("action-sign-for");

        browser.click("input[name=signForDecision][value=RETURN]")
                .type("#comment", "请改派")
                .submit(SUBMIT);

        assertThat(browser.text("#reason-error")).contains("required");
        assertThat(browser.find("input[name=signForDecision][value=RETURN]").isSelected())
                .isTrue();
        assertThat(browser.find("#comment").getAttribute("value")).isEqualTo("请改派");
        browser.lookAtBothWidths("action-sign-for-refused");

        browser.type("#reason", "事发地属金凤区").submit(SUBMIT);

        assertTaken(number, "sign-for");
        JsonPath detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_TRIAGE");
        assertThat(detail.getString("timeline[-1].comment")).isEqualTo("事发地属金凤区; 请改派");
    }

    @Test
    void theHandlerDraftsTheReplyWithAnAttachmentAndARefusedFileDraftsNothing() {
        String number = complaints.signedFor();
        String page = "/workbench/cases/" + number + "/reply";
        browser.signedInAs(XINGQING_HANDLER);
        lookInBothLanguages(page, "action-reply");

        browser.type("#replyText", Complaints.REPLY_TEXT);
        browser.find("#files").sendKeys(file("page.html", "<html><body>答复</body></html>"));
        browser.submit(SUBMIT);

        assertThat(browser.find("#files-error").isDisplayed()).isTrue();
        assertThat(browser.find("#replyText").getAttribute("value")).isEqualTo(Complaints.REPLY_TEXT);
        assertThat(complaints.detail(number).getList("replies"))
                .as("nothing drafted")
                .isEmpty();
        browser.lookAtBothWidths("action-reply-refused");

        browser.find("#files").sendKeys(file("调查报告.txt", "调查情况：已核实。"));
        browser.submit(SUBMIT);

        assertTaken(number, "reply");
        JsonPath detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_APPROVAL");
        assertThat(detail.getString("replies[0].text")).isEqualTo(Complaints.REPLY_TEXT);
        JsonPath attachments = api.as(XINGQING_HANDLER)
                .get("/complaints/{number}/attachments", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(attachments.getList("name")).containsExactly("调查报告.txt");
        assertThat(attachments.getList("purpose")).containsExactly("REPLY");
    }

    @Test
    void theLeaderSendsTheReplyBackOnceWithACommentThenApprovesIt() {
        String number = complaints.replyAwaitingApproval();
        String page = "/workbench/cases/" + number + "/approve-reply";
        browser.signedInAs(XINGQING_LEADER);
        lookInBothLanguages(page, "action-approve-reply");

        browser.click("input[name=replyApproved][value=false]").submit(SUBMIT);
        assertThat(browser.text("#comment-error")).contains("需要填写意见");
        browser.type("#comment", "事实不清，请补充调查。").submit(SUBMIT);

        assertTaken(number, "approve-reply");
        JsonPath sentBack = complaints.detail(number);
        assertThat(sentBack.getString("replies[0].status")).isEqualTo("REJECTED");
        assertThat(sentBack.getList("openTasks.stage")).containsExactly("HANDLING");

        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));
        browser.open(page).click("input[name=replyApproved][value=true]").submit(SUBMIT);

        assertTaken(number, "approve-reply");
        JsonPath approved = complaints.detail(number);
        assertThat(approved.getString("status")).isEqualTo("PENDING_CALLBACK");
        assertThat(approved.getString("replies[1].status")).isEqualTo("SENT");
    }

    @Test
    void theHandlerRequestsAnExtensionAndTheLeaderApprovesIt() {
        String number = complaints.signedFor();
        String request = "/workbench/cases/" + number + "/request-extension";
        browser.signedInAs(XINGQING_HANDLER);
        lookInBothLanguages(request, "action-request-extension");

        browser.type("#amount", "999").type("#reason", "需调取外地监控录像").submit(SUBMIT);
        assertThat(browser.find("#amount-error").isDisplayed())
                .as("beyond the statutory maximum")
                .isTrue();
        assertThat(browser.find("#reason").getAttribute("value")).isEqualTo("需调取外地监控录像");
        browser.type("#amount", "10").submit(SUBMIT);

        assertTaken(number, "request-extension");
        assertThat(complaints.detail(number).getList("openTasks.stage")).contains("EXTENSION_LEADER_APPROVAL");

        String approval = "/workbench/cases/" + number + "/approve-extension";
        browser.signOut().signedInAs(XINGQING_LEADER);
        lookInBothLanguages(approval, "action-approve-extension");
        browser.click("input[name=extensionApproved][value=true]").submit(SUBMIT);

        assertTaken(number, "approve-extension");
        assertThat(complaints.detail(number).getList("openTasks.stage"))
                .contains("EXTENSION_OFFICE_APPROVAL")
                .doesNotContain("EXTENSION_LEADER_APPROVAL");
    }

    @Test
    void theHandlerAsksForMaterialAndTheHandlingClockStops() {
        String number = complaints.signedFor();
        String page = "/workbench/cases/" + number + "/request-material";
        browser.signedInAs(XINGQING_HANDLER);
        lookInBothLanguages(page, "action-request-material");

        browser.type("#what", "请提供当日的缴费收据照片。").submit(SUBMIT);

        assertTaken(number, "request-material");
        assertThat(complaints.detail(number).getString("deadlines.find { it.stage == 'HANDLING' }.status"))
                .isEqualTo("PAUSED");
    }

    @Test
    void theBureauAnswersTheSupervisionOrderFromItsInbox() {
        String number = complaints.signedFor();
        api.as(INSPECTOR)
                .body(Map.of("reason", "群众反映强烈"))
                .post("/supervision/cases/{number}/flag", number)
                .then()
                .statusCode(204);
        api.as(INSPECTOR)
                .body(Map.of("instructions", "请于三个工作日内办复。"))
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(201);
        String row = "tr[data-order='" + number + "']";

        browser.language("en").signedInAs(XINGQING_HANDLER).open("/workbench/inbox");
        assertThat(browser.text(row)).contains("请于三个工作日内办复。", "Flagged");
        browser.lookAtBothWidths("bureau-inbox-orders");
        browser.language("zh-CN").open("/workbench/inbox").lookAtBothWidths("bureau-inbox-orders");
        browser.click(row + " a.action");
        String answer = "/workbench/cases/" + number + "/answer-supervision";
        assertThat(browser.path()).isEqualTo(answer);
        lookInBothLanguages(answer, "action-answer-supervision");

        browser.type("#answer", "已约谈当事民警，三日内书面答复投诉人。").submit(SUBMIT);

        assertTaken(number, "answer-supervision");
        assertThat(api.as(INSPECTOR)
                        .queryParam("trackingNumber", number)
                        .get("/supervision/orders")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("content[0].status"))
                .isEqualTo("ANSWERED");
    }

    /** The action was taken: its page went back to the case, saying which action was done. */
    /** The tracking numbers of the inbox's cases, top to bottom. */
    private List<String> inboxCases() {
        return browser.findAll("tr[data-case]").stream()
                .map(row -> row.getAttribute("data-case"))
                .toList();
    }

    private void assertTaken(String number, String action) {
        String taken = "/workbench/cases/" + number + "?done=" + action;
        try {
            // The click may return before the browser has followed the redirect.
            browser.waitFor(ExpectedConditions.urlContains(taken));
        } catch (TimeoutException refused) {
            // Still on the action's page: the assertion below says what the page refused.
        }
        assertThat(browser.path())
                .as(
                        "taken, not refused: %s",
                        browser.findAll("main .notice.error, main .field-error").stream()
                                .map(WebElement::getText)
                                .toList())
                .startsWith(taken);
    }

    /** Looks at a page at both widths in English, then in Chinese, where the test goes on. */
    private void lookInBothLanguages(String path, String name) {
        browser.language("en").open(path).lookAtBothWidths(name);
        browser.language("zh-CN").open(path).lookAtBothWidths(name);
    }

    /** A file on disk for the browser's file input. */
    private static String file(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("bureau-upload");
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8)
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
