package org.xinfang.petition.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.petition.attachment.SampleFiles;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;

/**
 * A citizen on a phone in the portal, in Chinese and in English: the home page, filing with an attachment (a
 * refused attempt first), the confirmation, the lookup, supplying material the bureau asked for, withdrawing;
 * rating the reply; asking a question and reading the published answers. Every page is looked at at both widths,
 * axe-checked.
 */
class PortalBrowserTest extends BrowserTest {

    @Test
    void aCitizenOnAPhoneFilesWithAnAttachmentAndLooksItUpInChinese() {
        fileAndLookUp("zh-CN", Map.of("idNumber", "校验码", "subject", "标题不能为空", "material", "材料已收到"));
    }

    @Test
    void aCitizenOnAPhoneFilesWithAnAttachmentAndLooksItUpInEnglish() {
        fileAndLookUp(
                "en", Map.of("idNumber", "check character", "subject", "subject", "material", "material was received"));
    }

    @Test
    void aQuestionIsAskedAndThePublishedAnswersSearchedInBothLanguages() {
        for (String language : new String[] {"zh-CN", "en"}) {
            browser.language(language).phone().open("/portal/ask");
            browser.lookAtBothWidths("portal-ask").phone();
            browser.click("main form button[type=submit]");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(browser.text("#question-feedback")).isNotBlank();
            new Select(browser.find("#category")).selectByValue("EXIT_ENTRY");
            browser.type("#question", "办理护照需要带哪些材料？");
            browser.click("main form button[type=submit]");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".query-code")));
            assertThat(browser.text(".tracking-number")).startsWith("ZX");
            browser.lookAtBothWidths("portal-asked");

            browser.open("/portal/answers?q=" + "护照");
            assertThat(browser.find("#q").getAttribute("value")).isEqualTo("护照");
            browser.lookAtBothWidths("portal-answers");
        }
    }

    /**
     * The reply's rating on the lookup page: 不满意 without a reason is refused at the comment field, the verdict is
     * kept as chosen, and with a reason it is taken and shown, with the time until which it may be changed; the
     * petition office's case page shows it apart from the callbacks.
     */
    @Test
    void aCitizenRatesTheReplyOnTheLookupPage() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        complaints.dispatch(complaints.accept(number));
        complaints.act(Logins.XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(Logins.XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));
        complaints.act(Logins.XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));

        browser.phone().open("/portal/lookup?trackingNumber=" + number);
        assertThat(browser.find("#trackingNumber").getAttribute("value")).isEqualTo(number);
        browser.type("#queryCode", filed.getString("queryCode"));
        browser.click("main form button[type=submit]");
        browser.waitForText(".tracking-number", number);
        browser.click("input[name=verdict][value=UNSATISFIED]");
        browser.lookAtBothWidths("portal-rating").phone();
        browser.click("form[action$='/portal/lookup/rating'] button[type=submit]");
        browser.waitForText("#comment-feedback", "原因");
        assertThat(browser.find("input[name=verdict][value=UNSATISFIED]").isSelected())
                .isTrue();
        browser.lookAtBothWidths("portal-rating-errors").phone();

        browser.type("#comment", "答复没有说明处理结果");
        browser.click("form[action$='/portal/lookup/rating'] button[type=submit]");
        browser.waitForText(".notice.success", "评价已收到");
        assertThat(browser.text(".rating-given .verdict")).isEqualTo("不满意");
        assertThat(browser.text(".rating")).contains("2026-06-08 09:00");
        assertThat(complaints.detail(number).getString("rating.verdict")).isEqualTo("UNSATISFIED");

        browser.signOut().desktop().signedInAs(Logins.CLERK).open("/workbench/cases/" + number);
        assertThat(browser.text("section.rating")).contains("不满意", "答复没有说明处理结果");
        browser.lookAtBothWidths("case-rating");
    }

    private void fileAndLookUp(String language, Map<String, String> expected) {
        Api api = new Api(port);
        Complaints complaints = new Complaints(api);
        browser.language(language).phone();

        browser.open("/");
        assertThat(browser.findAll("table.commitments tbody tr")).isNotEmpty();
        browser.lookAtBothWidths("portal-home").phone();
        browser.click(".tiles a[href$='/portal/file']");
        browser.lookAtBothWidths("portal-file").phone();

        browser.type("#complainant-name", "张伟").type("#complainant-idNumber", "110105194912310021");
        browser.waitForText("#complainant-idNumber-feedback", expected.get("idNumber"));
        browser.type("#complainant-phone", "138 1234 5678").type("#complainant-address", "宁夏银川市兴庆区解放街1号");
        new Select(browser.find("#category")).selectByValue("POLICE_CONDUCT");
        new Select(browser.find("#region")).selectByValue(Logins.XINGQING_REGION);
        browser.type("#content", "3月5日在兴庆区某派出所办理业务时民警态度恶劣。");
        browser.find("#files").sendKeys(evidence().toString());
        browser.click("main form button[type=submit]");

        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(browser.text("#error-summary")).contains(expected.get("idNumber"));
        assertThat(browser.text("#subject-feedback")).containsIgnoringCase(expected.get("subject"));
        assertThat(browser.find("#complainant-name").getAttribute("value")).isEqualTo("张伟");
        assertThat(browser.find("#content").getAttribute("value")).contains("民警态度恶劣");
        browser.lookAtBothWidths("portal-file-errors").phone();

        browser.type("#complainant-idNumber", "11010519491231002X").type("#subject", "民警执法态度问题");
        browser.find("#files").sendKeys(evidence().toString());
        browser.click("main form button[type=submit]");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".query-code")));
        String number = browser.text(".tracking-number");
        String queryCode = browser.text(".query-code");
        assertThat(browser.find("[data-print]").isDisplayed()).isTrue();
        browser.lookAtBothWidths("portal-filed").phone();
        api.as(Logins.CLERK)
                .get("/complaints/{number}/attachments", number)
                .then()
                .statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(1));

        browser.open("/portal/lookup");
        browser.lookAtBothWidths("portal-lookup").phone();
        browser.type("#trackingNumber", number).type("#queryCode", queryCode);
        browser.click("main form button[type=submit]");
        browser.waitForText(".tracking-number", number);
        assertThat(browser.path()).doesNotContain(queryCode);
        browser.lookAtBothWidths("portal-case").phone();

        complaints.dispatch(complaints.accept(number));
        complaints.act(Logins.XINGQING_HANDLER, number, "sign-for", Map.of());
        api.as(Logins.XINGQING_HANDLER)
                .body(Map.of("what", "请提供办理业务的回执照片"))
                .post("/complaints/{number}/material-requests", number)
                .then()
                .statusCode(204);
        browser.open("/portal/lookup").type("#trackingNumber", number).type("#queryCode", queryCode);
        browser.click("main form button[type=submit]");
        browser.waitForText(".material-asked", "请提供办理业务的回执照片");
        assertThat(browser.text(".due")).isNotBlank();
        browser.lookAtBothWidths("portal-material").phone();
        browser.type("#note", "回执照片见附件");
        browser.find("#files").sendKeys(evidence().toString());
        browser.click("form[action$='/portal/lookup/material'] button[type=submit]");
        browser.waitForText(".notice.success", expected.get("material"));

        browser.click("form[action$='/portal/lookup/withdrawal'] button[type=submit]");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reason")));
        browser.lookAtBothWidths("portal-withdraw").phone();
        browser.type("#reason", "问题已经解决");
        browser.submitConfirmed("form[action$='/withdrawal/confirmed'] button[type=submit]");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.success")));
        assertThat(browser.findAll("form[action$='/portal/lookup/withdrawal']")).isEmpty();
    }

    /** A small PNG, as a file the browser can choose. */
    private static Path evidence() {
        try {
            Path file = Files.createTempDirectory("portal").resolve("evidence.png");
            Files.write(file, SampleFiles.png());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
