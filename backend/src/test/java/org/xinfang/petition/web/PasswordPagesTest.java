package org.xinfang.petition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.PETITION_OFFICE;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.BrowserTest;

/**
 * A clerk whose password an administrator reset signs in and lands on the page that changes it, whatever they
 * open; once changed, the workbench is theirs.
 */
class PasswordPagesTest extends BrowserTest {

    @Test
    void aResetPasswordIsChangedOnThePageBeforeAnythingElse() {
        String clerk = "t.pp." + UUID.randomUUID().toString().substring(0, 8);
        api.as(ADMIN)
                .body(Map.of(
                        "username",
                        clerk,
                        "displayName",
                        "信访办 改密码",
                        "unit",
                        PETITION_OFFICE,
                        "roles",
                        List.of("CLERK"),
                        "password",
                        "Initial-pass-0"))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        api.as(ADMIN)
                .body(Map.of("password", "Reset-by-admin-1"))
                .put("/admin/staff/{u}/password", clerk)
                .then()
                .statusCode(204);

        browser.open("/workbench/login").type("#username", clerk).type("#password", "Reset-by-admin-1");
        browser.submit("form[action$='/workbench/login'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/workbench/password");
        assertThat(browser.text("main [role=status]")).contains("您的密码由他人设置，请先修改密码再继续。");
        browser.lookAtBothWidths("password-change-required");
        browser.open("/workbench/cases");
        assertThat(browser.path()).as("any other page").isEqualTo("/workbench/password");

        browser.type("#currentPassword", "Reset-by-admin-1").type("#newPassword", "Reset-by-admin-1");
        browser.submit("main form button[type=submit]");
        assertThat(browser.text("#newPassword-error")).contains("新密码须与当前密码不同");

        browser.type("#currentPassword", "Reset-by-admin-1").type("#newPassword", "Chosen-by-clerk-2");
        browser.submit("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/workbench");
        assertThat(browser.text("main [role=status]")).contains("您的密码已修改。");
        browser.open("/workbench/cases");
        assertThat(browser.path())
                .as("the page opened, in the browser's language")
                .startsWith("/workbench/cases?");
    }
}
