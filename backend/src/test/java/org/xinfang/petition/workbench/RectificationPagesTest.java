package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xinfang.petition.evaluation.RatedReplies;
import org.xinfang.petition.evaluation.RatedReplies.Filed;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Logins;

/**
 * 差评整改 on the workbench: the case page offers the bureau's handler the rectification once the complainant rated
 * the reply unsatisfied; the browser asks for the measures before sending; the office's clerk then checks it and
 * accepts it. In Chinese and in English, each page looked at at both widths.
 */
class RectificationPagesTest extends BrowserTest {

    private static final String SUBMIT = "main form button.primary";

    @Test
    void theBureauReportsItsRectificationAndTheOfficeAcceptsIt() {
        for (String language : new String[] {"zh-CN", "en"}) {
            String number = ratedUnsatisfied();

            browser.signOut().language(language).signedInAs(Logins.XINGQING_HANDLER);
            browser.open("/workbench/cases/" + number);
            browser.click(".case-actions a[href$='/" + number + "/rectify']");
            browser.lookAtBothWidths("action-rectify");
            browser.click(SUBMIT);
            assertThat(browser.findAll("#measures:invalid"))
                    .as("the browser asks for the measures first")
                    .hasSize(1);
            browser.type("#measures", "已向投诉人书面说明处理结果。");
            browser.submit(SUBMIT);
            assertThat(browser.path()).contains("?done=rectify");

            browser.signOut().signedInAs(Logins.CLERK);
            browser.open("/workbench/cases/" + number);
            browser.click(".case-actions a[href$='/" + number + "/check-rectification']");
            browser.click("input[name=rectificationAccepted][value=true]");
            browser.lookAtBothWidths("action-check-rectification");
            browser.submit(SUBMIT);
            assertThat(browser.path()).contains("?done=check-rectification");
            assertThat(complaints.detail(number).getList("timeline.type")).contains("RECTIFICATION_ACCEPTED");
        }
    }

    /** A replied case whose complainant rated the reply unsatisfied through the API. */
    private String ratedUnsatisfied() {
        RatedReplies replies = new RatedReplies(api);
        Filed filed = replies.replied();
        replies.rate(filed, "UNSATISFIED", "答复没有说明处理结果").statusCode(200);
        return filed.number();
    }
}
