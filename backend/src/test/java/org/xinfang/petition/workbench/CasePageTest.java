package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.screening.Complainants;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

class CasePageTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theClerkSeesTheRecordLikelyRepeatsAndAPreviewAndShowsTheComplainantInFullAudited() {
        String person = Complainants.newIdNumber();
        String original = complaints
                .file(Complainants.complaint(person, "小区周边夜间噪声扰民报警后无人处理", "多次拨打110反映小区旁烧烤摊深夜噪声扰民，出警后无改善。"))
                .getString("trackingNumber");
        String number = Uploads.fileWith(
                        api.anonymous(),
                        Complainants.complaint(person, "再次反映小区夜间噪声扰民", "上次反映的烧烤摊噪声问题仍未解决，烧烤摊每晚营业到凌晨。"),
                        List.of(new Upload("现场照片.png", png())))
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        browser.signedInAs(Logins.CLERK).open("/workbench/cases/" + number);

        assertThat(browser.text("h1")).contains("再次反映小区夜间噪声扰民", number);
        assertThat(browser.text("table.likely-repeats")).contains(original, "小区周边夜间噪声扰民报警后无人处理");
        assertThat(browser.text(".complainant")).doesNotContain(person).contains("张*");
        assertThat(browser.text(".case-actions")).contains("受理研判");
        assertThat(browser.pageText()).contains("待受理", "登记", "现场照片.png");
        assertThat((Boolean) browser.driver()
                        .executeScript("const img = document.querySelector('img.preview');"
                                + " return img.complete && img.naturalWidth === 40;"))
                .as("the image previews inline from the workbench's route")
                .isTrue();
        browser.lookAtBothWidths("case-clerk");

        browser.click("button.showInFull");
        browser.waitForText(".complainant", person);

        assertThat(browser.text(".complainant")).contains("张伟", person);
        assertThat(jdbc.queryForList(
                        "select actor from audit_log where action = 'COMPLAINANT_VIEWED' and tracking_number = ?",
                        String.class,
                        number))
                .containsExactly(Logins.CLERK);
        browser.lookAtBothWidths("case-complainant-in-full");

        browser.language("en").open("/workbench/cases/" + number);
        assertThat(browser.text(".complainant"))
                .as("the full view is this response's only")
                .doesNotContain(person);
        assertThat(browser.pageText())
                .contains("Likely repeats", "What you can do now", "awaiting acceptance", "Timeline");
        browser.lookAtBothWidths("case-clerk");
    }

    @Test
    void anInspectorSeesTheCaseMaskedWithoutTheFullViewAndMayOnlyFlagIt() {
        String number = complaints.dispatched();

        browser.signedInAs(Logins.INSPECTOR).open("/workbench/cases/" + number);

        assertThat(browser.text(".complainant")).contains("张*").doesNotContain("11010519491231002X");
        assertThat(browser.findAll("button.showInFull")).isEmpty();
        assertThat(browser.findAll("table.likely-repeats"))
                .as("likely repeats are the petition office's")
                .isEmpty();
        assertThat(browser.findAll(".case-actions a").stream().map(WebElement::getText))
                .as("no task of the case is the inspector's; flagging it for supervision is")
                .containsExactly("挂牌督办");
        assertThat(browser.pageText()).contains("兴庆区", "派单");
        browser.lookAtBothWidths("case-inspector");
        browser.language("en").open("/workbench/cases/" + number).lookAtBothWidths("case-inspector");
    }

    @Test
    void theHandlerSeesTheCountdownAndTheSignForActionAndTheDoneNoticeAfterIt() {
        String number = complaints.dispatched();

        browser.signedInAs(Logins.XINGQING_HANDLER).open("/workbench/cases/" + number);

        assertThat(browser.find(".time-left").getAttribute("class")).contains("on-time");
        assertThat(browser.text(".time-left")).contains("剩余");
        browser.open("/workbench/cases/" + number + "?done=triage");
        assertThat(browser.text(".notice.success")).contains("受理研判");
    }

    @Test
    void aHandlerOfAnotherBureauGetsTheNotFoundPage() {
        String number = complaints.dispatched();

        browser.signedInAs(Logins.JINFENG_HANDLER).open("/workbench/cases/" + number);

        assertThat(browser.pageText()).contains("找不到这个页面").doesNotContain("民警执法态度问题");
        browser.open("/workbench/cases/" + number + "/attachments/1");
        assertThat(browser.pageText()).contains("找不到这个页面");
    }

    @Test
    void theFullViewIsRefusedToThoseWhoMayNotKnowTheComplainant() {
        String number = complaints.dispatched();
        browser.signedInAs(Logins.INSPECTOR).open("/workbench/cases/" + number);

        // The button is not offered; a hand-made request is refused all the same, and nothing is audited.
        browser.driver()
                .executeScript("const form = document.createElement('form'); form.method = 'post';"
                        + " form.action = location.pathname + '/complainant';"
                        + " const token = document.querySelector('input[name=_csrf]');"
                        + " form.appendChild(token.cloneNode()); document.body.appendChild(form); form.submit();");
        browser.waitFor(ExpectedConditions.urlContains("/complainant"));

        assertThat(browser.pageText()).contains("出错了").doesNotContain("张伟");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'COMPLAINANT_VIEWED' and tracking_number = ?",
                        Integer.class,
                        number))
                .isZero();
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
