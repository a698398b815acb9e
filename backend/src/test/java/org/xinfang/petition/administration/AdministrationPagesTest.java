package org.xinfang.petition.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.XINGQING;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Casework;

/** The administrator's pages: an account made in the workbench works at once; the calendar, audit and outbox pages. */
class AdministrationPagesTest extends BrowserTest {

    private static final String PASSWORD = "Xingqing-2026";

    @Autowired
    Casework casework;

    @Test
    void anAdministratorCreatesAHandlerForXingqingWhoSignsInAndSignsForACase() {
        String dispatched = casework.dispatched(casework.file());
        String username = StaffAdministrationApiTest.newUsername();

        browser.signedInAs(ADMIN).open("/workbench/admin/staff/new").lookAtBothWidths("admin-staff-new");
        browser.type("#username", username).type("#displayName", "兴庆区分局 新民警");
        new Select(browser.find("#unit")).selectByValue(XINGQING);
        browser.click("#role-HANDLER").type("#password", "short");
        browser.submit("main form button[type=submit]");

        assertThat(browser.text("#password-error")).contains("密码至少需要 8 个字符");
        assertThat(browser.find("#username").getAttribute("value"))
                .as("nothing typed is lost")
                .isEqualTo(username);
        assertThat(browser.find("#role-HANDLER").isSelected()).isTrue();
        browser.lookAtBothWidths("admin-staff-new-refused");

        browser.type("#password", PASSWORD);
        browser.submit("main form button[type=submit]");

        assertThat(browser.path()).startsWith("/workbench/admin/staff/" + username);
        assertThat(browser.text("[role=status]")).contains("用户已创建");
        assertThat(browser.text("#member-unit")).contains("兴庆区分局");
        browser.lookAtBothWidths("admin-staff-detail");
        browser.open("/workbench/admin/staff?unit=" + XINGQING + "&role=HANDLER")
                .lookAtBothWidths("admin-staff-list");
        assertThat(browser.pageText()).contains(username);

        browser.signOut().open("/workbench/login").type("#username", username).type("#password", PASSWORD);
        browser.submit("main form button[type=submit]");

        assertThat(browser.findAll("nav.menu a").stream().map(WebElement::getText))
                .contains("收件箱")
                .doesNotContain("用户管理");
        new Api(port)
                .anonymous()
                .auth()
                .preemptive()
                .basic(username, PASSWORD)
                .body(Map.of())
                .post("/complaints/{n}/sign-for", dispatched)
                .then()
                .statusCode(204);
    }

    @Test
    void anAdministratorDisablesAnAccountAndItCannotSignIn() {
        String username = StaffAdministrationApiTest.newUsername();
        new Api(port)
                .as(ADMIN)
                .body(Map.of(
                        "username", username,
                        "displayName", "待停用",
                        "unit", XINGQING,
                        "roles", List.of("HANDLER"),
                        "password", PASSWORD))
                .post("/admin/staff")
                .then()
                .statusCode(201);

        browser.language("en").signedInAs(ADMIN).open("/workbench/admin/staff/" + username);
        browser.lookAtBothWidths("admin-staff-detail");
        browser.submitConfirmed("button.danger");
        assertThat(browser.text("#member-state")).isEqualTo("Disabled");

        browser.signOut().open("/workbench/login").type("#username", username).type("#password", PASSWORD);
        browser.submit("main form button[type=submit]");
        assertThat(browser.path()).startsWith("/workbench/login?error");
    }

    @Test
    void anOpenSessionEndsWhenTheAccountIsDisabled() {
        String username = StaffAdministrationApiTest.newUsername();
        Api api = new Api(port);
        api.as(ADMIN)
                .body(Map.of(
                        "username", username,
                        "displayName", "会话中停用",
                        "unit", XINGQING,
                        "roles", List.of("HANDLER"),
                        "password", PASSWORD))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        browser.open("/workbench/login").type("#username", username).type("#password", PASSWORD);
        browser.submit("main form button[type=submit]");
        assertThat(browser.path()).startsWith("/workbench");
        assertThat(browser.path()).doesNotStartWith("/workbench/login");

        api.as(ADMIN).post("/admin/staff/{u}/disable", username).then().statusCode(200);
        browser.open("/workbench");

        assertThat(browser.path()).startsWith("/workbench/login");
    }

    @Test
    void anAdministratorAddsAHolidayOnTheCalendarPageAndItShows() {
        browser.signedInAs(ADMIN).open("/workbench/admin/calendar?year=2025").lookAtBothWidths("admin-calendar");
        assertThat(browser.text("#calendar-days")).doesNotContain("2025-03-12");

        setDate("#date", "2025-03-12");
        browser.type("#holidayName", "临时调整");
        browser.submit("form[action$='/calendar/days'] button[type=submit]");

        assertThat(browser.text("[role=status]")).contains("已添加");
        assertThat(browser.text("#calendar-days")).contains("2025-03-12").contains("临时调整");

        // A make-up working day on a weekday is refused beside the date, and what was typed stays.
        setDate("#date", "2025-03-13");
        browser.type("#holidayName", "临时调整").click("#makeUpWorkday");
        browser.submit("form[action$='/calendar/days'] button[type=submit]");
        assertThat(browser.text("#date-error")).contains("周六或周日");
        assertThat(browser.find("#holidayName").getAttribute("value")).isEqualTo("临时调整");
        browser.lookAtBothWidths("admin-calendar-refused");

        removeDay("2025-03-12");
        assertThat(browser.text("#calendar-days")).doesNotContain("2025-03-12");

        browser.language("en").open("/workbench/admin/calendar?year=2025").lookAtBothWidths("admin-calendar");
    }

    @Test
    void theUnitPagesListCreateAndRename() {
        String code = "pcs-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.signedInAs(ADMIN).open("/workbench/admin/units").lookAtBothWidths("admin-units");

        browser.type("#code", code).type("#nameZh", "新华街派出所").type("#nameEn", "Xinhua Street Station");
        new Select(browser.find("#kind")).selectByValue("PUBLIC_SECURITY_BUREAU");
        new Select(browser.find("#region")).selectByValue("640104");
        new Select(browser.find("#parent")).selectByValue(XINGQING);
        browser.submit("form[action$='/workbench/admin/units'] button[type=submit]");
        assertThat(browser.text("[role=status]")).contains("单位已创建");
        assertThat(browser.pageText()).contains(code);

        browser.type("#code", code).type("#nameZh", "重复").type("#nameEn", "Duplicate");
        new Select(browser.find("#kind")).selectByValue("PUBLIC_SECURITY_BUREAU");
        new Select(browser.find("#region")).selectByValue("640104");
        browser.submit("form[action$='/workbench/admin/units'] button[type=submit]");
        assertThat(browser.text("[role=alert]")).contains("已被占用");
        assertThat(browser.find("#nameZh").getAttribute("value")).isEqualTo("重复");

        browser.open("/workbench/admin/units/" + code).lookAtBothWidths("admin-unit");
        browser.type("#nameZh", "新华街派出所（更名）");
        browser.submit("main form button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("新华街派出所（更名）");

        browser.language("en").open("/workbench/admin/units").lookAtBothWidths("admin-units");
        browser.open("/workbench/admin/units/" + code).lookAtBothWidths("admin-unit");
    }

    @Test
    void theAuditPageSearchesVerifiesAndExports() {
        browser.signedInAs(ADMIN).open("/workbench/admin/audit?actor=admin").lookAtBothWidths("admin-audit");
        assertThat(browser.find("#export").getAttribute("href")).contains("/api/v1/admin/audit/export?actor=admin");

        browser.submit("#verify");
        browser.waitForText("#verification-result", "审计链完整");
        browser.lookAtBothWidths("admin-audit-verified");

        browser.language("en")
                .open("/workbench/admin/audit?action=STAFF_CREATED")
                .lookAtBothWidths("admin-audit");
        assertThat(browser.findAll("#audit-entries tbody tr"))
                .allMatch(row -> row.getText().contains("STAFF_CREATED"));
    }

    @Test
    void theAuditPageOrdersTheEntriesAsChosenAndPagesInThatOrder() {
        browser.signedInAs(ADMIN).open("/workbench/admin/audit");

        new Select(browser.find("#sort")).selectByValue("seq,asc");
        browser.submit("form.filters button[type=submit]");
        browser.open(browser.path() + "&size=5");

        List<Long> sequence = browser.findAll("#audit-entries tbody tr td:first-child").stream()
                .map(cell -> cell.getText().strip())
                .filter(text -> text.chars().allMatch(Character::isDigit))
                .map(Long::valueOf)
                .toList();
        assertThat(sequence).isNotEmpty().isSorted();
        assertThat(new Select(browser.find("#sort")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("seq,asc");
        assertThat(browser.find(".pager a[rel=next]").getAttribute("href")).contains("sort=seq", "page=1");
    }

    @Test
    void theOutboxPageListsByStateAndRetries() {
        casework.file();
        browser.signedInAs(ADMIN).open("/workbench/admin/outbox").lookAtBothWidths("admin-outbox");
        assertThat(browser.findAll("#outbox-messages tbody tr")).isNotEmpty();

        browser.open("/workbench/admin/outbox?status=SENT");
        assertThat(browser.findAll("#outbox-messages tbody tr"))
                .allMatch(row -> row.getText().contains("已发送"));

        browser.language("en").open("/workbench/admin/outbox").lookAtBothWidths("admin-outbox");
    }

    @Test
    void theStaffListInEnglish() {
        browser.language("en").signedInAs(ADMIN).open("/workbench/admin/staff").lookAtBothWidths("admin-staff-list");
        browser.open("/workbench/admin/staff/new").lookAtBothWidths("admin-staff-new");
        assertThat(browser.text("h1")).isEqualTo("New staff account");
    }

    private void setDate(String css, String isoDate) {
        browser.driver().executeScript("document.querySelector(arguments[0]).value = arguments[1]", css, isoDate);
    }

    private void removeDay(String isoDate) {
        browser.submitConfirmed("form[action$='/calendar/days/removal'] input[value='" + isoDate + "'] ~ button");
    }

    /** Submits a form with the button and waits for the page that answers. */
}
