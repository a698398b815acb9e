package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Logins;

class TriageActionPageTest extends BrowserTest {

    @Test
    void theClerkTriagesOnTheTriageFormAndARefusalShowsBesideItsFieldWithTheChoiceKept() {
        String number = complaints.file();
        browser.signedInAs(Logins.CLERK).open("/workbench/cases/" + number + "/triage");
        assertThat(browser.pageText()).contains(number, "受理研判");

        assertThat(browser.find("#originalTrackingNumber").isDisplayed())
                .as("the original's number is asked for a merge only")
                .isFalse();
        browser.click("input[name=triageDecision][value=MERGE]");
        assertThat(browser.find("#originalTrackingNumber").isDisplayed()).isTrue();
        browser.submit("main form button.primary");

        assertThat(browser.text("#originalTrackingNumber-error")).contains("原案件编号");
        assertThat(browser.find("input[name=triageDecision][value=MERGE]").isSelected())
                .as("the decision chosen is kept")
                .isTrue();
        browser.lookAtBothWidths("action-triage-refused");

        browser.click("input[name=triageDecision][value=ACCEPT]");
        browser.submit("main form button.primary");

        assertThat(browser.path()).startsWith("/workbench/cases/" + number + "?done=triage");
        assertThat(complaints.detail(number).getString("status")).isEqualTo("PENDING_DISPATCH");
    }

    @Test
    void theFormIsTheOneTasklistShowsInEitherLanguage() {
        String number = complaints.file();
        browser.language("en").signedInAs(Logins.CLERK).open("/workbench/cases/" + number + "/triage");

        assertThat(browser.text("fieldset legend")).contains("Decision");
        assertThat(browser.pageText()).contains("Accept", "Not accept", "Merge as repeat");
        browser.lookAtBothWidths("action-triage");
        browser.language("zh-CN").open("/workbench/cases/" + number + "/triage").lookAtBothWidths("action-triage");
    }

    @Test
    void anActionNotOpenToTheUserIsRefusedOnItsPage() {
        String number = complaints.file();
        browser.signedInAs(Logins.XINGQING_HANDLER).open("/workbench/cases/" + number + "/triage");

        assertThat(browser.pageText()).doesNotContain("处理决定");
    }
}
