package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Logins;

/**
 * 公开审查 on the workbench: the petition office proposes a replied case's reply for publication from the case page,
 * the public texts filled in with the complainant's personal data masked; an inspector finds it on the disclosure
 * review page and approves it on the case's review page; the citizens' portal shows it among the published replies;
 * the office withdraws it with a reason (the browser asks for the reason first) and it leaves the portal. In Chinese
 * and in English, each page looked at at both widths.
 */
class DisclosurePagesTest extends BrowserTest {

    private static final String SUBMIT = "main form button.primary";

    @Test
    void theOfficeProposesAnInspectorApprovesAndTheOfficeWithdrawsAReply() {
        for (String language : new String[] {"zh-CN", "en"}) {
            String marker = "公开答复页面测试" + language;
            String number = replied("经调查核实，" + marker + "，已依法处理。张伟同志反映属实。");

            browser.signOut().language(language).signedInAs(Logins.CLERK);
            browser.open("/workbench/cases/" + number);
            browser.click(".case-actions a[href$='/" + number + "/propose-disclosure']");
            assertThat(browser.find("#publicReply").getAttribute("value"))
                    .as("the reply comes filled in, the complainant's name masked")
                    .contains(marker)
                    .doesNotContain("张伟");
            browser.lookAtBothWidths("action-propose-disclosure");
            browser.click(SUBMIT);
            assertThat(browser.findAll("#reason:invalid"))
                    .as("the browser asks why first")
                    .hasSize(1);
            browser.type("#reason", "典型案例，公开以便群众了解");
            browser.submit(SUBMIT);
            assertThat(browser.path()).contains("?done=propose-disclosure");
            long id = ((Number) api.as(Logins.CLERK)
                            .get("/complaints/{n}/disclosures", number)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("[0].id"))
                    .longValue();

            browser.signOut().signedInAs(Logins.INSPECTOR);
            browser.open("/workbench/disclosures");
            assertThat(browser.findAll("#disclosure-" + id + ".awaiting")).hasSize(1);
            browser.lookAtBothWidths("disclosures");
            browser.click("#disclosure-" + id + " a[href$='/" + number + "/review-disclosure']");
            browser.click("input[name=disclosureApproved][value=true]");
            browser.lookAtBothWidths("action-review-disclosure");
            browser.submit(SUBMIT);
            assertThat(browser.path()).contains("?done=review-disclosure");

            browser.open("/portal/answers?q=" + marker);
            assertThat(browser.text("#replies-heading + p")).isNotBlank();
            assertThat(browser.findAll("article.reply")).hasSize(1);
            assertThat(browser.text("article.reply")).contains(marker).doesNotContain("张伟");
            browser.lookAtBothWidths("portal-answers-replies");

            browser.signOut().signedInAs(Logins.CLERK);
            browser.open("/workbench/disclosures");
            String withdraw = "#disclosure-" + id + " form button[type=submit]";
            browser.click(withdraw);
            assertThat(browser.findAll("#reason-" + id + ":invalid"))
                    .as("the browser asks why first")
                    .hasSize(1);
            browser.type("#reason-" + id, "投诉人要求撤下");
            browser.submit(withdraw);
            assertThat(browser.path()).contains("withdrawn=" + id);
            assertThat(browser.findAll("#disclosure-" + id)).isEmpty();

            browser.open("/portal/answers?q=" + marker);
            assertThat(browser.findAll("article.reply")).isEmpty();
        }
    }

    /** A web complaint of 兴庆区 whose reply, with these words, was sent. */
    private String replied(String replyText) {
        String number = complaints.file();
        complaints.dispatch(complaints.accept(number));
        complaints.act(Logins.XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(Logins.XINGQING_HANDLER, number, "reply", Map.of("text", replyText));
        complaints.act(Logins.XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        return number;
    }
}
