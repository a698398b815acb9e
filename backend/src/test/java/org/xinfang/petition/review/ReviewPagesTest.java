package org.xinfang.petition.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Logins;

/**
 * 三级终结 in the pages, as the complainant and the bodies see them: the lookup of a closed case offers a review of
 * the body above, until the window's last day; a request without a reason is refused at its field; the city bureau
 * answers on its case page; the lookup then offers the re-review of the province, which answers the same way, and
 * the complainant reads that the matter is closed for good. In Chinese and in English, at both widths.
 */
class ReviewPagesTest extends BrowserTest {

    private static final String ASK = "form[action$='/portal/lookup/review'] button[type=submit]";
    private static final String SUBMIT = "main form button.primary";

    @ParameterizedTest
    @CsvSource({
        "zh-CN, 银川市公安局, 宁夏回族自治区公安厅, 已收到您的请求, 已终结（复核）",
        "en, Yinchuan Public Security Bureau, Ningxia Public Security Department, Your request was received, closed for good"
    })
    void aComplaintTravelsFromTheReplyThroughReviewAndReReviewToItsEnd(
            String language, String city, String province, String received, String closedForGood) {
        Filed filed = new ReviewCases(api).closed();

        lookUp(language, filed);
        assertThat(browser.text("#review-title")).isNotBlank();
        assertThat(browser.text("section[aria-labelledby=review-title]")).contains(city, "2026-07-01");
        browser.lookAtBothWidths("portal-review").phone();
        browser.click(ASK);
        browser.waitForText("#reviewReason-feedback", language.equals("en") ? "must not be blank" : "不能为空");
        assertThat(browser.findAll("#reviewReason[aria-invalid=true]")).hasSize(1);
        browser.type("#reviewReason", "答复没有回应民警态度问题");
        browser.click(ASK);
        browser.waitForText(".notice.success", received);
        assertThat(browser.findAll("#review-title")).as("asked once").isEmpty();

        answer(Logins.YINCHUAN_HANDLER, filed.number(), "review");

        lookUp(language, filed);
        assertThat(browser.text("section[aria-labelledby=review-title]")).contains(province);
        browser.lookAtBothWidths("portal-re-review").phone();
        browser.type("#reviewReason", "复查意见仍未回应");
        browser.click(ASK);
        browser.waitForText(".notice.success", received);

        answer(ReviewCases.PROVINCE_HANDLER, filed.number(), "re-review");

        lookUp(language, filed);
        assertThat(browser.text(".status")).contains(closedForGood);
        assertThat(browser.findAll("#review-title")).isEmpty();
        browser.lookAtBothWidths("portal-closed-for-good");
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("CLOSED_FOR_GOOD");
    }

    /** A complainant who calls: the office's clerk enters the review on the case page, which names the body. */
    @Test
    void theOfficeAsksForTheReviewOnTheComplainantsBehalf() {
        Filed filed = new ReviewCases(api).closed();

        browser.signedInAs(Logins.CLERK).open("/workbench/cases/" + filed.number());
        browser.click(".case-actions a[href$='/" + filed.number() + "/review-request']");
        assertThat(browser.text(".review-offer")).contains("银川市公安局", "2026-07-01");
        browser.lookAtBothWidths("action-review-request");
        browser.click(SUBMIT);
        assertThat(browser.findAll("#reason:invalid"))
                .as("the browser asks for the reason first")
                .hasSize(1);
        browser.type("#reason", "来电：对答复意见不服，要求复查");
        browser.submit(SUBMIT);

        assertThat(browser.path()).contains("?done=review-request");
        assertThat(complaints.detail(filed.number()).getString("status")).isEqualTo("IN_REVIEW");
        assertThat(complaints.detail(filed.number()).getString("reviews[0].requestedBy"))
                .isEqualTo(Logins.CLERK);
        assertThat(browser.findAll(".case-actions a[href$='/review-request']"))
                .as("asked once")
                .isEmpty();
    }

    private void lookUp(String language, Filed filed) {
        browser.signOut().language(language).phone().open("/portal/lookup?trackingNumber=" + filed.number());
        browser.type("#queryCode", filed.queryCode());
        browser.click("main form button[type=submit]");
        browser.waitForText(".tracking-number", filed.number());
    }

    /** The body's handler gives its opinion on the case page's action, and sees the review there. */
    private void answer(String handler, String number, String action) {
        browser.signOut().desktop().signedInAs(handler).open("/workbench/cases/" + number);
        browser.click(".case-actions a[href$='/" + number + "/" + action + "']");
        browser.click("input[name=conclusion][value=UPHELD]");
        browser.type("#opinion", "经审查，原处理意见事实清楚，维持。");
        browser.lookAtBothWidths("action-" + action);
        browser.submit(SUBMIT);
        assertThat(browser.path()).contains("?done=" + action);
        browser.open("/workbench/cases/" + number);
        assertThat(browser.text("section[aria-labelledby=reviews-heading]")).contains("经审查，原处理意见事实清楚，维持。");
    }
}
