package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.workbench.ListPagesTest.queuePageOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Logins;

class DispatchPageTest extends BrowserTest {

    @Test
    void theTriageBoardListsTheCasesAwaitingTriageAndDispatchWithTheirCountdownsAndActions() {
        String filed = complaints.file();
        String accepted = complaints.accepted();
        int triagePage = queuePageOf(api, CLERK, "TRIAGE", filed);
        int dispatchPage = queuePageOf(api, CLERK, "DISPATCH", accepted);
        browser.signedInAs(CLERK).open("/workbench/triage?triagePage=" + triagePage + "&dispatchPage=" + dispatchPage);

        assertThat(browser.find("section[aria-labelledby=to-triage] a[href$='/cases/" + filed + "/triage']")
                        .isDisplayed())
                .isTrue();
        assertThat(browser.findAll("section[aria-labelledby=to-triage] a[href$='/cases/" + accepted + "/triage']"))
                .isEmpty();
        assertThat(browser.find("section[aria-labelledby=to-dispatch] a[href$='/cases/" + accepted + "/dispatch']")
                        .isDisplayed())
                .isTrue();
        assertThat(browser.findAll("section[aria-labelledby=to-triage] .time-left"))
                .isNotEmpty();
        browser.lookAtBothWidths("triage-board");
        browser.language("en")
                .open("/workbench/triage?triagePage=" + triagePage + "&dispatchPage=" + dispatchPage)
                .lookAtBothWidths("triage-board");

        browser.click("a[href$='/cases/" + accepted + "/dispatch']");
        assertThat(browser.path()).startsWith("/workbench/cases/" + accepted + "/dispatch");
    }

    @Test
    void theClerkSeesTheProposalAndDispatchesToAnotherBureauChosenByName() {
        String number = complaints.accepted();
        browser.signedInAs(CLERK).open("/workbench/cases/" + number + "/dispatch");

        assertThat(browser.text("main")).contains("兴庆区分局", Logins.XINGQING);
        assertThat(browser.find("#proposedBureau").getAttribute("value")).isEqualTo(Logins.XINGQING);
        assertThat(browser.find("#bureau").getAttribute("list")).isEqualTo("bureaus-by-name");
        assertThat(browser.find("#bureaus-by-name option[value='" + Logins.JINFENG + "']")
                        .getAttribute("textContent"))
                .contains("金凤区分局");
        browser.lookAtBothWidths("action-dispatch");

        browser.type("#bureau", Logins.JINFENG).type("#comment", "事发地属金凤区");
        browser.submit("main form button.primary");

        assertThat(browser.path()).startsWith("/workbench/cases/" + number + "?done=dispatch");
        assertThat(browser.text(".notice.success")).contains("派单");
        assertThat(complaints.detail(number).getString("currentBureau.code")).isEqualTo(Logins.JINFENG);
        assertThat(browser.text("ol.timeline")).contains("派单", "chosen " + Logins.JINFENG);
    }

    @Test
    void aBureauThatIsNoneIsRefusedBesideTheFieldWithWhatWasTypedKept() {
        String number = complaints.accepted();
        browser.language("en").signedInAs(CLERK).open("/workbench/cases/" + number + "/dispatch");
        browser.lookAtBothWidths("action-dispatch");

        browser.type("#bureau", Logins.PETITION_OFFICE).type("#comment", "请办理");
        browser.submit("main form button.primary");

        assertThat(browser.text("#bureau-error")).contains(Logins.PETITION_OFFICE);
        assertThat(browser.find("#bureau").getAttribute("value")).isEqualTo(Logins.PETITION_OFFICE);
        assertThat(browser.find("#comment").getAttribute("value")).isEqualTo("请办理");
        assertThat(complaints.detail(number).getString("status")).isEqualTo("PENDING_DISPATCH");
    }

    @Test
    void afterEveryDispatchWasReturnedThePageSaysThisDispatchDesignatesTheBureau() {
        String number = complaints.file();
        // A return goes back to triage: accepted, dispatched and returned three times, then accepted again.
        for (int dispatch = 0; dispatch < 3; dispatch++) {
            complaints.dispatch(complaints.accept(number));
            complaints.act(Logins.XINGQING_HANDLER, number, "return", Map.of("reason", "不属于本单位管辖"));
        }
        complaints.accept(number);
        browser.signedInAs(CLERK).open("/workbench/cases/" + number + "/dispatch");

        assertThat(browser.text("main")).contains("指定办理");

        browser.submit("main form button.primary");
        assertThat(complaints.detail(number).getBoolean("designated")).isTrue();
    }
}
