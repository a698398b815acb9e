package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Complaints;

/** The petition office's other work in the workbench, and the operator's call intake, in a real browser. */
class ClerkPagesTest extends BrowserTest {

    @Test
    void theClerkCallsBackWithTheScriptBesideTheReplyAndAnUnsatisfiedVerdictReopensTheCase() {
        String number = complaints.awaitingCallback();
        browser.signedInAs(CLERK).open("/workbench/callbacks");
        assertThat(browser.text("h1")).isEqualTo("回访");
        browser.lookAtBothWidths("clerk-callbacks");
        browser.language("en").open("/workbench/callbacks").lookAtBothWidths("clerk-callbacks");

        browser.open("/workbench/cases/" + number + "/callback");
        assertThat(browser.text(".script")).contains("Call script", "never read out the ID number");
        browser.lookAtBothWidths("clerk-callback");
        browser.language("zh-CN").open("/workbench/cases/" + number + "/callback");
        assertThat(browser.text(".script")).contains("回访话术", "民警执法态度问题");
        assertThat(browser.pageText()).contains(Complaints.REPLY_TEXT);
        browser.lookAtBothWidths("clerk-callback");

        browser.click("input[name=callbackResult][value=UNSATISFIED]");
        browser.type("#comment", "群众认为没有解决问题");
        submitAndWaitFor("/workbench/cases/" + number + "?done=callback");
        var detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("IN_HANDLING");
        assertThat(detail.getInt("reopenCount")).isEqualTo(1);
        assertThat(detail.getList("callbacks.comment")).containsExactly("群众认为没有解决问题");
    }

    /** 首问负责: the clerk who accepted the case is named on it and alone may hand it over, choosing by name. */
    @Test
    void theFirstAskedOwnerIsNamedOnTheCaseAndHandsItOverToAColleague() {
        String number = complaints.accepted();
        browser.signedInAs(CLERK).open("/workbench/cases/" + number);
        assertThat(browser.text("dd.owner")).isEqualTo("信访办 王芳");

        browser.open("/workbench/cases/" + number + "/hand-over");
        assertThat(browser.findAll("#clerks-by-name option").stream()
                        .map(option -> option.getAttribute("value"))
                        .toList())
                .contains("clerk.b")
                .doesNotContain(CLERK);
        browser.lookAtBothWidths("clerk-hand-over");
        browser.language("en").open("/workbench/cases/" + number + "/hand-over").lookAtBothWidths("clerk-hand-over");
        browser.language("zh-CN").open("/workbench/cases/" + number + "/hand-over");
        browser.type("#clerk", "clerk.b").type("#reason", "本人外出培训，移交同事");
        submitAndWaitFor("/workbench/cases/" + number + "?done=hand-over");

        assertThat(browser.text("dd.owner")).isEqualTo("信访办 李明");
        assertThat(complaints.detail(number).getString("officeOwner.username")).isEqualTo("clerk.b");
        assertThat(browser.findAll("a[href$='/hand-over']"))
                .as("no longer theirs to hand over")
                .isEmpty();
    }

    @Test
    void anInspectorConcludesTheReviewThatASecondUnsatisfiedCallbackLeadsTo() {
        String number = complaints.underReview();
        browser.signedInAs(INSPECTOR).open("/workbench/cases/" + number + "/inspector-review");
        browser.lookAtBothWidths("clerk-review");
        browser.language("en")
                .open("/workbench/cases/" + number + "/inspector-review")
                .lookAtBothWidths("clerk-review");

        browser.type("#conclusion", "经复核，原答复正确，予以维持。");
        submitAndWaitFor("/workbench/cases/" + number + "?done=inspector-review");

        assertThat(complaints.detail(number).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void theLeaderAndThenTheOfficeApproveAnExtensionFromTheirLists() {
        String number = complaints.signedFor();
        api.as(XINGQING_HANDLER)
                .body(Map.of("amount", 5, "reason", "需调取监控录像核实"))
                .post("/complaints/{number}/extension-requests", number)
                .then()
                .statusCode(204);

        browser.signedInAs(XINGQING_LEADER).open("/workbench/extensions");
        assertThat(browser.text("#stage option:checked")).isEqualTo("单位负责人延期审批");
        browser.open("/workbench/cases/" + number + "/approve-extension");
        assertThat(browser.pageText()).contains("需调取监控录像核实");
        browser.click("input[name=extensionApproved][value=true]");
        submitAndWaitFor("/workbench/cases/" + number + "?done=approve-extension");

        browser.signOut().signedInAs(CLERK).open("/workbench/extensions");
        assertThat(browser.pageText()).contains(number);
        browser.lookAtBothWidths("clerk-extensions");
        browser.language("en").open("/workbench/extensions").lookAtBothWidths("clerk-extensions");
        browser.open("/workbench/cases/" + number + "/approve-extension").lookAtBothWidths("clerk-approve-extension");
        browser.language("zh-CN").open("/workbench/cases/" + number + "/approve-extension");
        browser.lookAtBothWidths("clerk-approve-extension");
        browser.click("input[name=extensionApproved][value=true]");
        submitAndWaitFor("/workbench/cases/" + number + "?done=approve-extension");
        var detail = complaints.detail(number);
        assertThat(detail.getList("timeline.type")).contains("EXTENSION_APPROVED_BY_LEADER", "DEADLINE_EXTENDED");
        assertThat(detail.getList("openTasks.stage")).containsExactly("HANDLING");
    }

    @Test
    void theOfficeRoutesAConsultationTheDepartmentAnswersAndTheOfficeDecidesOnPublication() {
        String number = askWithoutRegion();
        browser.signedInAs(CLERK).open("/workbench/consultations?status=ROUTING");
        browser.lookAtBothWidths("clerk-consultations");
        browser.language("en").open("/workbench/consultations").lookAtBothWidths("clerk-consultations");
        browser.open("/workbench/consultations/" + number).lookAtBothWidths("clerk-consultation");
        browser.open("/workbench/consultations/" + number + "/route").lookAtBothWidths("clerk-consultation-route");
        browser.language("zh-CN").open("/workbench/consultations/" + number);
        assertThat(browser.text("main")).contains("待分派", "指定答复部门");
        browser.lookAtBothWidths("clerk-consultation");
        browser.click("main a.button.primary[href$='/route']");
        browser.lookAtBothWidths("clerk-consultation-route");
        assertThat(browser.find("#department").getAttribute("list"))
                .as("the department is picked by name")
                .isEqualTo("bureaus-by-name");
        assertThat(browser.find("#bureaus-by-name option[value='" + XINGQING + "']")
                        .getAttribute("textContent"))
                .contains("兴庆");

        browser.type("#department", "no-such-unit").click("main form button.primary");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("department-error")));
        assertThat(browser.find("#department-error").getText()).isNotBlank();
        assertThat(browser.find("#department").getAttribute("value")).isEqualTo("no-such-unit");
        browser.type("#department", XINGQING);
        submitAndWaitFor("/workbench/consultations/" + number + "?done=route");
        assertThat(browser.text("main")).contains("待答复", "兴庆");

        browser.signOut().signedInAs(XINGQING_HANDLER).open("/workbench/consultations/" + number + "/answer");
        browser.lookAtBothWidths("clerk-consultation-answer");
        browser.language("en").open("/workbench/consultations/" + number + "/answer");
        browser.lookAtBothWidths("clerk-consultation-answer");
        browser.type("#text", "请携带身份证到辖区派出所户籍窗口办理。");
        submitAndWaitFor("/workbench/consultations/" + number + "?done=answer");

        browser.language("zh-CN").signOut().signedInAs(CLERK).open("/workbench/publication");
        browser.lookAtBothWidths("clerk-publication");
        browser.open("/workbench/consultations/" + number + "/publication");
        browser.lookAtBothWidths("clerk-consultation-publication");
        browser.language("en").open("/workbench/publication").lookAtBothWidths("clerk-publication");
        browser.open("/workbench/consultations/" + number + "/publication");
        browser.lookAtBothWidths("clerk-consultation-publication");
        browser.click("input[name=publish][value=false]");

        submitAndWaitFor("/workbench/consultations/" + number + "?done=publication");
        assertThat(browser.text("main")).contains("Closed, not published");
    }

    @Test
    void theOperatorFilesACallAndSeesTheCallersEarlierComplaintWhileTyping() {
        String idNumber = newResidentId();
        Map<String, Object> earlier = Complaints.webComplaintWith("complainant.idNumber", idNumber);
        earlier.put("subject", "派出所不给办理户口迁移");
        earlier.put("content", "多次到派出所申请户口迁移，民警推诿不予办理。");
        String earlierNumber = complaints.file(earlier).getString("trackingNumber");

        browser.signedInAs(OPERATOR).open("/workbench/intake");
        browser.lookAtBothWidths("clerk-intake");
        fillInTheCall(idNumber, "12345");

        browser.waitForText("#likely-repeats", earlierNumber);
        browser.lookAtBothWidths("clerk-intake-repeats");
        browser.click("main form button.primary");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("complainant-phone-error")));

        assertThat(browser.text("#complainant-phone-error")).contains("电话");
        assertThat(browser.find("#complainant-name").getAttribute("value")).isEqualTo("王芳");
        assertThat(browser.find("#content").getAttribute("value")).contains("户口迁移");
        browser.lookAtBothWidths("clerk-intake-refused");
        browser.type("#complainant-phone", "13912345678");

        submitAndWaitFor("/workbench/intake/filed");
        String number = browser.text("#tracking-number");
        assertThat(browser.text("#query-code")).isNotBlank();
        browser.lookAtBothWidths("clerk-intake-filed");
        var detail = complaints.detail(number);
        assertThat(detail.getString("channel")).isEqualTo("HOTLINE_12389");
        assertThat(detail.getString("filedBy")).isEqualTo(OPERATOR);

        browser.language("en").open("/workbench/intake").lookAtBothWidths("clerk-intake");
        browser.click("main form button.primary");
        assertThat(browser.findAll("#channel:invalid"))
                .as("the browser asks for the channel first")
                .hasSize(1);
        fillInTheCall(newResidentId(), "13912345678");
        submitAndWaitFor("/workbench/intake/filed");
        browser.lookAtBothWidths("clerk-intake-filed");
    }

    private void fillInTheCall(String idNumber, String phone) {
        new Select(browser.find("#channel")).selectByValue("HOTLINE_12389");
        browser.type("#complainant-name", "王芳").type("#complainant-idNumber", idNumber);
        browser.type("#complainant-phone", phone).type("#complainant-address", "宁夏银川市兴庆区解放街2号");
        new Select(browser.find("#category")).selectByValue("HOUSEHOLD_REGISTRATION");
        new Select(browser.find("#region")).selectByValue(XINGQING_REGION);
        browser.type("#subject", "派出所户口迁移不给办理");
        browser.type("#content", "又去派出所申请户口迁移，民警仍推诿不予办理。");
    }

    /** Submits the page's form and waits for the page it leads to. */
    private void submitAndWaitFor(String path) {
        browser.click("main form button.primary");
        browser.waitFor(ExpectedConditions.urlContains(path));
        assertThat(browser.path()).startsWith(path);
    }

    private String askWithoutRegion() {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "TRAFFIC");
        body.put("question", "外地驾驶证可以在本地换证吗？");
        return api.anonymous()
                .body(body)
                .post("/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");
    }

    /** A valid resident ID number of a person nobody else in the suite files as. */
    private static String newResidentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "640104%04d%02d%02d%03d",
                random.nextInt(1950, 2000), random.nextInt(1, 13), random.nextInt(1, 29), random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
