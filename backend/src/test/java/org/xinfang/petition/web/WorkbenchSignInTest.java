package org.xinfang.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Logins;

class WorkbenchSignInTest extends BrowserTest {

    @Test
    void staffSignInWithTheFormAndSeeTheMenuOfTheirRoles() {
        browser.open("/workbench/login").lookAtBothWidths("workbench-login");

        browser.signInAs(Logins.CLERK);

        assertThat(browser.path()).startsWith("/workbench");
        assertThat(menu()).contains("受理研判", "回访").doesNotContain("用户管理", "收件箱");
        browser.lookAtBothWidths("workbench-home-clerk");
    }

    @Test
    void theMenuFollowsTheRoles() {
        browser.signInAs(Logins.XINGQING_HANDLER);
        assertThat(menu()).contains("收件箱").doesNotContain("受理研判", "用户管理");

        browser.signOut().signInAs(Logins.ADMIN);
        assertThat(menu()).contains("用户管理", "工作日历", "审计日志");
    }

    /** The office's clerks have the longest menu: on a desktop every entry is in view, none scrolled away. */
    @Test
    void theLongestMenuIsWhollyInViewOnADesktop() {
        browser.desktop().signInAs(Logins.CLERK);
        long width = (Long) browser.driver().executeScript("return document.documentElement.clientWidth");
        List<WebElement> entries = browser.findAll(".menu a");
        assertThat(entries).hasSizeGreaterThan(12);
        for (WebElement entry : entries) {
            assertThat((long) entry.getRect().getX() + entry.getRect().getWidth())
                    .as("%s ends within the window", entry.getText())
                    .isLessThanOrEqualTo(width);
        }
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAnError() {
        browser.open("/workbench/login").type("#username", Logins.CLERK).type("#password", "wrong");
        browser.submit("main form button[type=submit]");

        assertThat(browser.path()).startsWith("/workbench/login?error");
        assertThat(browser.text("[role=alert]")).contains("用户名或密码错误");
    }

    @Test
    void theLanguageSwitchShowsThePageInEnglishAndTheChoiceHolds() {
        browser.open("/workbench/login");
        browser.click(".language-switch");

        assertThat(browser.text("h1")).isEqualTo("Staff sign-in");
        browser.openAsIs("/workbench/login");
        assertThat(browser.text("h1")).as("the cookie keeps the choice").isEqualTo("Staff sign-in");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        browser.language("en").lookAtBothWidths("workbench-login");
    }

    @Test
    void onlyAdministratorsOpenTheAdministration() {
        browser.signInAs(Logins.CLERK).open("/workbench/admin/staff");

        assertThat(browser.pageText()).contains("您无权查看这个页面");
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPage() {
        browser.open("/workbench/tasks");

        assertThat(browser.path()).startsWith("/workbench/login");
    }

    private java.util.List<String> menu() {
        return browser.findAll("nav.menu a").stream().map(WebElement::getText).toList();
    }
}
