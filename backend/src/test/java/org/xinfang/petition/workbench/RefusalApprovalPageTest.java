package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Logins;

/**
 * 否定报备 on the workbench: a clerk proposes not to accept a case on the triage form; the office's leader finds the
 * decision on the case page, is asked for a reason before sending it back, and approves the next proposal. In
 * Chinese and in English, each page looked at at both widths.
 */
class RefusalApprovalPageTest extends BrowserTest {

    private static final String SUBMIT = "main form button.primary";

    @Test
    void theOfficeLeaderSendsOneRefusalBackAndApprovesTheNext() {
        for (String language : new String[] {"zh-CN", "en"}) {
            String number = complaints.file();
            browser.signOut().language(language).signedInAs(Logins.CLERK);
            browser.open("/workbench/cases/" + number + "/triage");
            browser.click("input[name=triageDecision][value=NOT_ACCEPT]");
            browser.type("#reason", "属于人民法院管辖的民事纠纷");
            browser.submit(SUBMIT);
            assertThat(complaints.detail(number).getString("status")).isEqualTo("PENDING_REFUSAL_APPROVAL");

            browser.signOut().signedInAs(Logins.OFFICE_LEADER).open("/workbench/cases/" + number);
            browser.click(".case-actions a[href$='/" + number + "/approve-refusal']");
            browser.click("input[name=refusalApproved][value=false]");
            browser.lookAtBothWidths("action-approve-refusal");
            browser.submit(SUBMIT);
            assertThat(browser.text("#comment-error")).isNotBlank();
            browser.type("#comment", "属于公安职责，应予受理");
            browser.submit(SUBMIT);
            assertThat(browser.path()).contains("?done=approve-refusal");
            assertThat(complaints.detail(number).getString("status")).isEqualTo("PENDING_TRIAGE");

            complaints.act(Logins.CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", "已进入诉讼程序"));
            browser.open("/workbench/cases/" + number + "/approve-refusal");
            browser.click("input[name=refusalApproved][value=true]");
            browser.submit(SUBMIT);
            assertThat(browser.path()).contains("?done=approve-refusal");
            assertThat(complaints.detail(number).getString("status")).isEqualTo("NOT_ACCEPTED");
        }
    }
}
